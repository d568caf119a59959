namespace CampaignFlow.Workflows.Runtime;

/// <summary>The runtime's answer to start/event/timer/cancel/retry.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Instance">The instance as saved (or as loaded when nothing was saved; null when none exists).</param>
/// <param name="Plan">The plan the engine made (null when refused before planning).</param>
/// <param name="Message">Why, for Rejected/Unhandled/Ignored/Faulted.</param>
/// <param name="Incident">For Faulted: the incident recorded.</param>
/// <param name="FollowUps">Results of the events this transition raised (raiseEvent), dispatched after it committed.</param>
public sealed record WorkflowTriggerResult(
    WorkflowTriggerOutcome Outcome,
    WorkflowInstance? Instance,
    WorkflowTransitionPlan? Plan = null,
    string? Message = null,
    WorkflowIncident? Incident = null,
    IReadOnlyList<WorkflowTriggerResult>? FollowUps = null);
