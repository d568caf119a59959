using CampaignFlow.Domain;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Filters;

namespace CampaignFlow.Segments.Filters;

/// <summary>
/// The adapter to CampaignFlow.Rules: a stored rule or an inline expression over <c>contact</c> becomes a
/// SQL-translatable predicate. Unknown workflows/rules and compile errors become a
/// <see cref="DomainException"/> naming the rule and the column, before anything is written.
/// </summary>
public sealed class RulesContactFilterCompiler(RuleFilterCompiler compiler, SegmentRuleCatalog catalog) : IContactFilterCompiler
{
    private const string Record = "Segment filter";

    public ContactFilter Compile(SegmentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        try
        {
            if (!filter.IsRule) return new ContactFilter(compiler.CompileContactFilter(filter.Expression!), filter);
            var workflow = catalog.Find(filter.RuleWorkflow!)
                ?? throw new DomainException(Record, null, null,
                    $"there is no segment rule set '{filter.RuleWorkflow}' (known: {string.Join(", ", catalog.Names.DefaultIfEmpty("none"))}).");
            if (!workflow.Rules.Exists(r => r.RuleName == filter.RuleName))
                throw new DomainException(Record, null, null,
                    $"rule set '{filter.RuleWorkflow}' has no rule '{filter.RuleName}' (rules: {string.Join(", ", workflow.Rules.Select(r => r.RuleName))}).");
            return new ContactFilter(compiler.CompileContactFilter(workflow, filter.RuleName), filter);
        }
        catch (RuleCompilationException ex)
        {
            var where = filter.IsRule ? ex.Message : $"expression '{filter.Expression}', column {ex.Column}: {ex.Reason}";
            throw new DomainException(Record, null, null, where);
        }
    }
}
