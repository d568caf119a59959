namespace CampaignFlow.Rules.Model;

/// <summary>
/// A RulesEngine rule: either an Expression, or an Operator (And/AndAlso/Or/OrElse) over nested Rules.
/// Unknown legacy fields (ErrorType, SuccessMessage …) are accepted and ignored when read from JSON.
/// </summary>
public sealed class Rule
{
    public string RuleName { get; set; } = "";

    public Dictionary<string, object?>? Properties { get; set; }

    /// <summary>And, AndAlso, Or or OrElse; required when the rule has nested <see cref="Rules"/>.</summary>
    public string? Operator { get; set; }

    /// <summary>Shown as ExceptionMessage when the rule fails; $(input1.country) placeholders are filled in.</summary>
    public string? ErrorMessage { get; set; }

    public bool Enabled { get; set; } = true;

    public RuleExpressionType RuleExpressionType { get; set; } = RuleExpressionType.LambdaExpression;

    public List<string>? WorkflowsToInject { get; set; }

    public List<Rule>? Rules { get; set; }

    /// <summary>Named expressions evaluated in order before the expression; each may use the ones before it.</summary>
    public List<ScopedParam>? LocalParams { get; set; }

    public string? Expression { get; set; }

    public RuleActions? Actions { get; set; }

    public string? SuccessEvent { get; set; }

    public override string ToString() => RuleName;
}
