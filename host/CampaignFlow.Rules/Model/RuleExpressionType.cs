namespace CampaignFlow.Rules.Model;

/// <summary>RulesEngine's expression kinds; lambda expressions are the only kind it (and CampaignFlow) evaluates.</summary>
public enum RuleExpressionType
{
    LambdaExpression,
}
