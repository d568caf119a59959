namespace CampaignFlow.Host.Api.Interactions;

/// <summary><c>GET /api/interaction-log-entries</c> filters; paging.</summary>
public sealed record InteractionLogQuery(
    string? ContactNo, string? CampaignNo, int? LoggedSegmentEntryNo, string? SegmentNo, string? SalespersonCode, bool? Canceled, int? Page, int? PageSize);
