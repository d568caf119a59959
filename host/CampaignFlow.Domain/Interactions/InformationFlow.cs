namespace CampaignFlow.Domain.Interactions;

public enum InformationFlow
{
    Outbound,
    Inbound,
}
