namespace CampaignFlow.Campaigns.Statistics;

/// <summary>The campaign statistics of the entries logged from one segment (SegmentNo null: entries without a segment).</summary>
public sealed record SegmentStatistics(string? SegmentNo, CampaignStatistics Statistics);
