namespace CampaignFlow.Domain.Campaigns;

public enum CampaignTargetType
{
    Customer,
    Contact,
}
