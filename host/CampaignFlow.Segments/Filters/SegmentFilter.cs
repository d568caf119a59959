namespace CampaignFlow.Segments.Filters;

/// <summary>
/// What a user picks as the filter of an action, in a form that can be stored and replayed: either a stored
/// rule (workflow name + rule name, RulesEngine JSON under rules/segments/) or an inline expression over
/// <c>contact</c>, e.g. <c>contact.JobResponsibilities.Contains("PURCHASE")</c>.
/// </summary>
public sealed record SegmentFilter
{
    private SegmentFilter(string? ruleWorkflow, string? ruleName, string? expression)
    {
        RuleWorkflow = ruleWorkflow;
        RuleName = ruleName;
        Expression = expression;
    }

    public string? RuleWorkflow { get; }
    public string? RuleName { get; }
    public string? Expression { get; }

    public bool IsRule => RuleName is not null;

    public static SegmentFilter Rule(string workflow, string ruleName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workflow);
        ArgumentException.ThrowIfNullOrWhiteSpace(ruleName);
        return new SegmentFilter(workflow, ruleName, null);
    }

    public static SegmentFilter Inline(string expression)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(expression);
        return new SegmentFilter(null, null, expression);
    }

    /// <summary>Rebuilds the filter a criteria row stored; null when the row has none (a hand action).</summary>
    public static SegmentFilter? FromStored(string? ruleWorkflow, string? ruleName, string? expression) =>
        ruleName is not null && ruleWorkflow is not null ? Rule(ruleWorkflow, ruleName)
        : expression is not null ? Inline(expression)
        : null;

    public override string ToString() => IsRule ? $"rule '{RuleName}' in workflow '{RuleWorkflow}'" : $"expression '{Expression}'";
}
