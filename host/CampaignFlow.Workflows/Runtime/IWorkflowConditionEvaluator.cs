using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>Evaluates a transition's "when" (implemented with the rules engine by the host). Throwing records an incident.</summary>
public interface IWorkflowConditionEvaluator
{
    ValueTask<bool> EvaluateAsync(WorkflowCondition condition, WorkflowConditionContext context, CancellationToken cancellationToken);
}
