using CampaignFlow.Domain.Activities;

namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>Filters for listing tasks (all optional); open = neither closed nor canceled.</summary>
public sealed record TaskQuery(
    string? SalespersonCode = null,
    string? TeamCode = null,
    string? CampaignNo = null,
    string? SegmentNo = null,
    string? ContactNo = null,
    bool OpenOnly = false,
    DateOnly? DueOnOrBefore = null,
    SalesTaskStatus? Status = null,
    int Skip = 0,
    int Take = 100);
