namespace CampaignFlow.Workflows.Activities;

/// <summary>A dated task to create (the host maps it to its Task entity).</summary>
/// <param name="ActivityCode">The activity assigned.</param>
/// <param name="StepIndex">0-based index of the activity step it comes from.</param>
/// <param name="Date">CalcDate(step formula, start date).</param>
/// <param name="Type">From the step.</param>
/// <param name="Priority">From the step.</param>
/// <param name="Description">From the step.</param>
/// <param name="SalespersonCode">The salesperson doing it (the organizer on a team's organizer task).</param>
/// <param name="TeamCode">The team, for team assignments.</param>
/// <param name="IsOrganizerTask">True for the team's organizer task.</param>
/// <param name="CampaignNo">Related campaign.</param>
/// <param name="SegmentNo">Related segment.</param>
/// <param name="ContactNo">Related contact.</param>
public sealed record PlannedTask(
    string ActivityCode,
    int StepIndex,
    DateOnly Date,
    PlannedTaskType Type,
    PlannedTaskPriority Priority,
    string Description,
    string? SalespersonCode,
    string? TeamCode,
    bool IsOrganizerTask,
    string? CampaignNo,
    string? SegmentNo,
    string? ContactNo);
