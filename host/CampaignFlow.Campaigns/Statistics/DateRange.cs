namespace CampaignFlow.Campaigns.Statistics;

/// <summary>BC's Date Filter on interaction entries: both ends inclusive, either end open.</summary>
public sealed record DateRange(DateOnly? From, DateOnly? To);
