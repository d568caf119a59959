namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>Assign <paramref name="ActivityCode"/> to a target from <paramref name="StartDate"/>: one task per step.</summary>
/// <param name="ActivityCode">The activity.</param>
/// <param name="Target">Campaign, segment, contact, salesperson or team.</param>
/// <param name="TargetCode">Its no./code.</param>
/// <param name="StartDate">Every step's formula is applied to this date (not chained).</param>
/// <param name="CampaignNo">The campaign the tasks belong to (a segment's own campaign when not given).</param>
/// <param name="SalespersonCode">Fallback salesperson for campaign/segment/contact tasks without one of their own.</param>
public sealed record ActivityAssignment(
    string ActivityCode,
    AssignmentTargetKind Target,
    string TargetCode,
    DateOnly StartDate,
    string? CampaignNo = null,
    string? SalespersonCode = null);
