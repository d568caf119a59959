using CampaignFlow.Domain.Segments;
using CampaignFlow.Host.Api;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Host.Pages.Segments;

/// <summary>The action panel: a shipped rule ("workflow|rule") or an expression, and the options.</summary>
public sealed class SegmentActionForm
{
    public string? Rule { get; set; }
    public string? Expression { get; set; }
    public bool ExpandCompanies { get; set; }
    public bool AllowRelatedCompanies { get; set; }
    public bool IgnoreExclusion { get; set; }
    public bool AllowExistingContacts { get; set; }
    public bool EntireCompanies { get; set; }

    public static string RuleValue(string workflow, string rule) => workflow + "|" + rule;

    public SegmentFilter ToFilter()
    {
        var hasRule = !string.IsNullOrWhiteSpace(Rule);
        var hasExpression = !string.IsNullOrWhiteSpace(Expression);
        if (hasRule == hasExpression)
            throw new ApiValidationException(hasRule ? "Expression" : "Rule", "pick a shipped rule or type an expression (one of the two).");
        if (hasExpression) return SegmentFilter.Inline(Expression!.Trim());
        var parts = Rule!.Split('|', 2);
        if (parts.Length != 2 || parts.Any(string.IsNullOrWhiteSpace)) throw new ApiValidationException("Rule", $"'{Rule}' is not a rule of the list.");
        return SegmentFilter.Rule(parts[0], parts[1]);
    }

    public SegmentActionOptions ToOptions() => new()
    {
        ExpandCompanies = ExpandCompanies, AllowRelatedCompanies = AllowRelatedCompanies, IgnoreExclusion = IgnoreExclusion,
        AllowExistingContacts = AllowExistingContacts, EntireCompanies = EntireCompanies,
    };
}
