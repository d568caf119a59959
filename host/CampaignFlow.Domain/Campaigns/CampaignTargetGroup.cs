namespace CampaignFlow.Domain.Campaigns;

/// <summary>A customer or contact (company) that an activated campaign's prices and discounts reach.</summary>
public sealed class CampaignTargetGroup
{
    public string CampaignNo { get; set; } = "";
    public CampaignTargetType Type { get; set; }
    public string No { get; set; } = "";
}
