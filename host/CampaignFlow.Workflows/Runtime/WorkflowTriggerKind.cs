namespace CampaignFlow.Workflows.Runtime;

/// <summary>What asked the instance to move.</summary>
public enum WorkflowTriggerKind
{
    /// <summary>Start: enter the initial state.</summary>
    Start,

    /// <summary>A named event (API, UI, another workflow, a due task).</summary>
    Event,

    /// <summary>A timer armed on state entry came due.</summary>
    Timer,

    /// <summary>Cancel the instance.</summary>
    Cancel,
}
