namespace CampaignFlow.Workflows.Runtime;

/// <summary>Where in a transition an action runs; this is also the order.</summary>
public enum WorkflowActionPhase
{
    /// <summary>Exit actions of the state left.</summary>
    Exit,

    /// <summary>The transition's own "do" actions.</summary>
    Transition,

    /// <summary>The implicit setStatus of the state entered.</summary>
    SetStatus,

    /// <summary>Entry actions of the state entered.</summary>
    Entry,
}
