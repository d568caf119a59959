namespace CampaignFlow.Workflows.Runtime;

/// <summary>One entry of an instance's history: a transition (or a waited-for event, where From = To).</summary>
/// <param name="At">When.</param>
/// <param name="From">The state left (null on start).</param>
/// <param name="To">The state entered.</param>
/// <param name="Cause">What caused it, e.g. "event 'approve'", "timer after 1W", "start".</param>
/// <param name="Kind">The trigger kind.</param>
public sealed record WorkflowHistoryEntry(DateTimeOffset At, string? From, string To, string Cause, WorkflowTriggerKind Kind);
