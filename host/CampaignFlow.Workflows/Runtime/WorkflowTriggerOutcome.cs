namespace CampaignFlow.Workflows.Runtime;

/// <summary>What happened to a trigger.</summary>
public enum WorkflowTriggerOutcome
{
    /// <summary>The instance moved (or started); actions, state and timers committed together.</summary>
    Transitioned,

    /// <summary>The instance was canceled.</summary>
    Canceled,

    /// <summary>An event the state waits for was recorded.</summary>
    Waited,

    /// <summary>Nothing took the event (or the timer's condition failed); recorded on the instance.</summary>
    Unhandled,

    /// <summary>A timer that is no longer pending; nothing done (this is what makes firing idempotent).</summary>
    Ignored,

    /// <summary>Refused with a message; nothing changed.</summary>
    Rejected,

    /// <summary>An action, condition or timer failed: an incident was recorded, the state did not change; retry later.</summary>
    Faulted,
}
