namespace CampaignFlow.Campaigns.Statistics;

/// <summary>The raw sums one aggregate row returns.</summary>
internal readonly record struct StatisticsTotals(int Entries, int Contacted, int Responded, decimal Cost, decimal Duration);
