namespace CampaignFlow.Workflows.Definitions;

/// <summary>A state (= a campaign status code) with the actions run on entering/leaving it and its outgoing transitions.</summary>
public sealed record WorkflowStateDefinition(
    string Name,
    IReadOnlyList<WorkflowActionDefinition> Entry,
    IReadOnlyList<WorkflowActionDefinition> Exit,
    IReadOnlyList<WorkflowTransitionDefinition> Transitions,
    bool IsFinal);
