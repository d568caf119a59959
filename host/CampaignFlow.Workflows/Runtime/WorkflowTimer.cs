namespace CampaignFlow.Workflows.Runtime;

/// <summary>A pending timer of the instance's current state; armed on entry, canceled on exit, fired at most once.</summary>
/// <param name="Id">Unique; the scheduler's job key.</param>
/// <param name="State">The state that armed it.</param>
/// <param name="TransitionIndex">Index into that state's "on" list.</param>
/// <param name="DueDate">The date the formula gave.</param>
/// <param name="DueAt">The moment it fires (DueDate at <see cref="WorkflowOptions.TimerTimeOfDay"/> in the workflow time zone).</param>
/// <param name="Description">e.g. "after 1W" or "at endingDate".</param>
public sealed record WorkflowTimer(Guid Id, string State, int TransitionIndex, DateOnly DueDate, DateTimeOffset DueAt, string Description);
