namespace CampaignFlow.Host.Api.Segments;

public sealed record SegmentListItem(string No, string Description, DateOnly? Date, string? CampaignNo, bool CampaignTarget, int NoOfLines, int Version);
