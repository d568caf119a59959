using System.Collections.Concurrent;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Timers;

/// <summary>Counts timer firings by outcome since start (for the inspect API, tests and the timer benchmark).</summary>
public sealed class WorkflowTimerFirings
{
    private readonly ConcurrentQueue<(Guid TimerId, WorkflowTriggerOutcome Outcome)> firings = new();

    public void Record(Guid timerId, WorkflowTriggerOutcome outcome) => firings.Enqueue((timerId, outcome));

    /// <summary>Every firing so far, in order.</summary>
    public IReadOnlyList<(Guid TimerId, WorkflowTriggerOutcome Outcome)> All => [.. firings];

    /// <summary>How many firings moved an instance (or recorded an unhandled timer).</summary>
    public int Effective => firings.Count(f => f.Outcome is not (WorkflowTriggerOutcome.Ignored or WorkflowTriggerOutcome.Rejected));
}
