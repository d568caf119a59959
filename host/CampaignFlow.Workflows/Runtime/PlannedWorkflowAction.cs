using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>One action of a transition plan, in execution order.</summary>
public sealed record PlannedWorkflowAction(WorkflowActionPhase Phase, WorkflowActionDefinition Action);
