namespace CampaignFlow.Workflows.Runtime;

/// <summary>What the engine decided for a trigger.</summary>
public enum WorkflowPlanOutcome
{
    /// <summary>Move to a state (start, event or timer): run the actions, save <see cref="WorkflowTransitionPlan.Next"/>.</summary>
    Transition,

    /// <summary>Cancel the instance: timers canceled, no actions.</summary>
    Cancel,

    /// <summary>An event the state waits for (waitForEvent): recorded in the history, no state change.</summary>
    Waited,

    /// <summary>Nothing takes the event/timer: recorded in <see cref="WorkflowInstance.UnhandledEvents"/>.</summary>
    Unhandled,

    /// <summary>A timer no longer pending (already fired or canceled): nothing to do, nothing saved.</summary>
    Ignored,

    /// <summary>Refused (already started, timer before the campaign, …): nothing changes; see the message.</summary>
    Rejected,
}
