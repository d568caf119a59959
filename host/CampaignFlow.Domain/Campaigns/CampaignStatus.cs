namespace CampaignFlow.Domain.Campaigns;

/// <summary>An admin-defined campaign status code (PLANNED, ACTIVE, …) that workflows move campaigns through.</summary>
public sealed class CampaignStatus : CodeRecord;
