namespace CampaignFlow.Domain.Interactions;

public enum InitiatedBy
{
    Us,
    Them,
}
