using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Host.Cli;

/// <summary>One recorded action of a segment as `segment show` prints it.</summary>
internal sealed record CriteriaView(int ActionNo, SegmentActionKind Kind, string? Rule, string? Expression, string? Reference, int NoOfLinesAffected, SegmentActionOptions Options)
{
    public static CriteriaView From(SegmentCriteriaAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new(action.ActionNo, action.Kind, action.RuleName is null ? null : $"{action.RuleWorkflow}/{action.RuleName}",
            action.Expression, action.Reference, action.NoOfLinesAffected, action.Options);
    }

    public override string ToString()
    {
        var what = Rule is not null ? $"rule {Rule}" : Expression is not null ? $"expression {Expression}" : Reference ?? "";
        var flags = new[]
        {
            Options.ExpandCompanies ? "expand companies" : null, Options.AllowRelatedCompanies ? "related companies" : null,
            Options.IgnoreExclusion ? "ignore exclusion" : null, Options.AllowExistingContacts ? "allow existing" : null,
            Options.EntireCompanies ? "entire companies" : null,
        }.OfType<string>().ToList();
        return $"{Kind} {what}{(flags.Count == 0 ? "" : $" ({string.Join(", ", flags)})")}: {NoOfLinesAffected} line(s)";
    }
}
