using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// The engine's answer to a trigger, computed without side effects: the actions to run in order, the timers to
/// cancel and arm, and the next snapshot to save. The runtime applies it atomically or not at all.
/// </summary>
public sealed record WorkflowTransitionPlan
{
    public required WorkflowPlanOutcome Outcome { get; init; }

    public required WorkflowTrigger Trigger { get; init; }

    /// <summary>The instance as it was.</summary>
    public required WorkflowInstance Instance { get; init; }

    /// <summary>The instance to save when the actions succeed (same as <see cref="Instance"/> for Ignored/Rejected).</summary>
    public required WorkflowInstance Next { get; init; }

    /// <summary>The transition taken (null on start, cancel and non-transitions).</summary>
    public WorkflowTransitionDefinition? Transition { get; init; }

    /// <summary>The state left (null on start).</summary>
    public string? From { get; init; }

    /// <summary>The state entered (null when there is no transition).</summary>
    public string? To { get; init; }

    public IReadOnlyList<PlannedWorkflowAction> Actions { get; init; } = [];

    public IReadOnlyList<WorkflowTimer> TimersToCancel { get; init; } = [];

    public IReadOnlyList<WorkflowTimer> TimersToArm { get; init; } = [];

    /// <summary>The history entry appended (null when none).</summary>
    public WorkflowHistoryEntry? HistoryEntry { get; init; }

    /// <summary>For Rejected/Unhandled/Ignored: why.</summary>
    public string? Message { get; init; }

    /// <summary>For Rejected: the failing step and location, used when the rejection becomes an incident.</summary>
    public string? FailedStep { get; init; }

    /// <summary>JSON path of what failed, when there is one.</summary>
    public string? FailedLocation { get; init; }

    /// <summary>Things worth knowing that are not errors (e.g. a timer not armed because the campaign has no ending date).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
