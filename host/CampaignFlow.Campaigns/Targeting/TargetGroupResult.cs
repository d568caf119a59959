namespace CampaignFlow.Campaigns.Targeting;

/// <summary>What an activation or refresh left in a campaign's target group.</summary>
public sealed record TargetGroupResult(string CampaignNo, int Customers, int Contacts)
{
    public bool Activated => Customers + Contacts > 0;
}
