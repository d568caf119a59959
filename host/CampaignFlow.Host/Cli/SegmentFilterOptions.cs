using System.CommandLine;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Host.Cli;

/// <summary>`--rule &lt;workflow&gt;/&lt;rule&gt;` or `--expression "&lt;expr&gt;"` (exactly one), plus the action options Add takes.</summary>
internal sealed class SegmentFilterOptions
{
    public Option<string?> Rule { get; } = new("--rule") { Description = "A stored segment rule: <workflow>/<rule>, e.g. Segments.NordicPersons/IsPerson." };
    public Option<string?> Expression { get; } = new("--expression") { Description = "An inline filter over contact, e.g. \"contact.CountryRegionCode == \\\"SE\\\"\"." };
    public Option<bool> ExpandCompanies { get; } = new("--expand-companies") { Description = "Add: also add the persons of each matching company." };
    public Option<bool> AllowRelatedCompanies { get; } = new("--allow-related-companies") { Description = "Add: also add the company of each matching person." };
    public Option<bool> IgnoreExclusion { get; } = new("--ignore-exclusion") { Description = "Add: include contacts marked Exclude from Segment." };
    public Option<bool> AllowExisting { get; } = new("--allow-existing") { Description = "Add: add contacts already in the segment again." };
    public Option<bool> EntireCompanies { get; } = new("--entire-companies") { Description = "Reduce/Refine: remove or keep whole companies together." };

    /// <summary>Adds the filter options (and the options of <paramref name="kind"/>) to <paramref name="command"/>, with the one-of check.</summary>
    public void AddTo(Command command, SegmentActionKind? kind)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Rule);
        command.Options.Add(Expression);
        if (kind is null or SegmentActionKind.Add)
        {
            command.Options.Add(ExpandCompanies);
            command.Options.Add(AllowRelatedCompanies);
            command.Options.Add(IgnoreExclusion);
            command.Options.Add(AllowExisting);
        }
        if (kind is null or SegmentActionKind.Reduce or SegmentActionKind.Refine) command.Options.Add(EntireCompanies);
        command.Validators.Add(result =>
        {
            var rule = result.GetValue(Rule);
            var expression = result.GetValue(Expression);
            if (string.IsNullOrWhiteSpace(rule) == string.IsNullOrWhiteSpace(expression))
                result.AddError("Give exactly one filter: --rule <workflow>/<rule> or --expression \"<expr>\".");
            else if (rule is not null && !TrySplit(rule, out _, out _))
                result.AddError($"--rule '{rule}' must be <workflow>/<rule>, e.g. Segments.NordicPersons/IsPerson.");
        });
    }

    public SegmentFilter Filter(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var rule = result.GetValue(Rule);
        if (!string.IsNullOrWhiteSpace(rule) && TrySplit(rule, out var workflow, out var name)) return SegmentFilter.Rule(workflow, name);
        return SegmentFilter.Inline(result.GetValue(Expression)!);
    }

    public SegmentActionOptions Options(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SegmentActionOptions
        {
            ExpandCompanies = result.GetValue(ExpandCompanies),
            AllowRelatedCompanies = result.GetValue(AllowRelatedCompanies),
            IgnoreExclusion = result.GetValue(IgnoreExclusion),
            AllowExistingContacts = result.GetValue(AllowExisting),
            EntireCompanies = result.GetValue(EntireCompanies),
        };
    }

    /// <summary>Splits at the last '/': workflow names may hold dots, rule names hold neither.</summary>
    private static bool TrySplit(string rule, out string workflow, out string name)
    {
        var slash = rule.LastIndexOf('/');
        workflow = slash > 0 ? rule[..slash].Trim() : "";
        name = slash > 0 ? rule[(slash + 1)..].Trim() : "";
        return workflow.Length > 0 && name.Length > 0;
    }
}
