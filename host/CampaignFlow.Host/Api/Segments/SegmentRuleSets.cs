using CampaignFlow.Rules.Model;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>The shipped segment rules, flattened for the API and the builder's rule picker.</summary>
public static class SegmentRuleSets
{
    public static IReadOnlyList<SegmentRuleSet> List(SegmentRuleCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Names.Select(catalog.Find).OfType<RuleWorkflow>()
            .Select(w => new SegmentRuleSet(w.WorkflowName, w.Rules.Where(r => r.Enabled).Select(r => new SegmentRuleItem(r.RuleName, Describe(r), r.SuccessEvent)).ToList()))
            .ToList();
    }

    private static string Describe(Rule rule)
    {
        if (!string.IsNullOrWhiteSpace(rule.Expression)) return rule.Expression;
        var children = (rule.Rules ?? []).Where(r => r.Enabled).Select(Describe).ToList();
        var join = string.Equals(rule.Operator, "OrElse", StringComparison.OrdinalIgnoreCase) || string.Equals(rule.Operator, "Or", StringComparison.OrdinalIgnoreCase) ? " || " : " && ";
        return children.Count == 0 ? "" : "(" + string.Join(join, children) + ")";
    }
}
