namespace CampaignFlow.Host.Api.Segments;

/// <summary><c>GET /api/segments</c> filters: search in No. and description, campaign; paging.</summary>
public sealed record SegmentQuery(string? Search, string? CampaignNo, int? Page, int? PageSize);
