namespace CampaignFlow.Workflows.Runtime;

/// <summary>Where an instance is in its life.</summary>
public enum WorkflowInstanceStatus
{
    /// <summary>Saved but not yet in its initial state (its start failed and awaits a retry).</summary>
    Created,

    /// <summary>In a non-final state, waiting for events and timers.</summary>
    Running,

    /// <summary>Reached a final state.</summary>
    Completed,

    /// <summary>Canceled by a user; no more transitions.</summary>
    Canceled,
}
