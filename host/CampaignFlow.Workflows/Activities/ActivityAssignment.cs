namespace CampaignFlow.Workflows.Activities;

/// <summary>Who an activity is assigned to, from which date, and what the tasks relate to.</summary>
/// <param name="ActivityCode">The activity.</param>
/// <param name="StartDate">Every step's formula is applied to this date.</param>
/// <param name="SalespersonCode">The salesperson (for a team: the organizer, optional).</param>
/// <param name="Team">A team instead of (or besides, as organizer) a salesperson.</param>
/// <param name="CampaignNo">Related campaign.</param>
/// <param name="SegmentNo">Related segment.</param>
/// <param name="ContactNo">Related contact.</param>
public sealed record ActivityAssignment(
    string ActivityCode,
    DateOnly StartDate,
    string? SalespersonCode = null,
    ActivityTeam? Team = null,
    string? CampaignNo = null,
    string? SegmentNo = null,
    string? ContactNo = null);
