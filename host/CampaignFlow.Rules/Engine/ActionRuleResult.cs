namespace CampaignFlow.Rules.Engine;

/// <summary>The result of running one rule's action on its own (ExecuteActionWorkflowAsync), with the rule results.</summary>
public sealed class ActionRuleResult : ActionResult
{
    public IReadOnlyList<RuleResultTree>? Results { get; init; }
}
