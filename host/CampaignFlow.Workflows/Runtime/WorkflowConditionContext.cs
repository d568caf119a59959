namespace CampaignFlow.Workflows.Runtime;

/// <summary>What a transition guard is evaluated against.</summary>
public sealed record WorkflowConditionContext(WorkflowCampaign Campaign, WorkflowInstance Instance, WorkflowTrigger Trigger);
