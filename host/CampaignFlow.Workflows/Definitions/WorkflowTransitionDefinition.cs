namespace CampaignFlow.Workflows.Definitions;

/// <summary>One entry of a state's "on" list: a trigger, an optional condition, the target state and actions.</summary>
/// <param name="Index">Position in the state's "on" array (stable id of the transition within its state).</param>
/// <param name="Trigger">The event or timer that fires it.</param>
/// <param name="To">Target state.</param>
/// <param name="When">Optional guard; evaluated by the runtime's condition evaluator.</param>
/// <param name="Actions">Run between the source state's exit actions and the target's entry actions.</param>
/// <param name="Path">JSON path, e.g. <c>$.states.PLANNED.on[1]</c>.</param>
public sealed record WorkflowTransitionDefinition(
    int Index,
    WorkflowTriggerDefinition Trigger,
    string To,
    WorkflowCondition? When,
    IReadOnlyList<WorkflowActionDefinition> Actions,
    string Path);
