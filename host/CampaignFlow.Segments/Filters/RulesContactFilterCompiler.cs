using System.Collections.Concurrent;
using System.Linq.Expressions;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Filters;

namespace CampaignFlow.Segments.Filters;

/// <summary>
/// The adapter to CampaignFlow.Rules: a stored rule or an inline expression over <c>contact</c> becomes a
/// SQL-translatable predicate. Unknown workflows/rules and compile errors become a
/// <see cref="DomainException"/> naming the rule and the column, before anything is written. A stored rule's
/// compiled filter is kept per (workflow, rule, version): a new version of the rule set compiles afresh.
/// </summary>
public sealed class RulesContactFilterCompiler(RuleFilterCompiler compiler, SegmentRuleCatalog catalog) : IContactFilterCompiler
{
    private const string Record = "Segment filter";
    private readonly ConcurrentDictionary<(string Workflow, string Rule), (int Version, Expression<Func<Contact, bool>> Filter)> _compiled = new();

    public ContactFilter Compile(SegmentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        try
        {
            if (!filter.IsRule) return new ContactFilter(compiler.CompileContactFilter(filter.Expression!), filter);
            var current = catalog.FindCurrent(filter.RuleWorkflow!)
                ?? throw new DomainException(Record, null, null,
                    $"there is no segment rule set '{filter.RuleWorkflow}' (known: {string.Join(", ", catalog.Names.DefaultIfEmpty("none"))}).");
            var key = (filter.RuleWorkflow!, filter.RuleName!);
            if (_compiled.TryGetValue(key, out var cached) && cached.Version == current.Version) return new ContactFilter(cached.Filter, filter);
            var workflow = current.Workflow;
            if (!workflow.Rules.Exists(r => r.RuleName == filter.RuleName))
                throw new DomainException(Record, null, null,
                    $"rule set '{filter.RuleWorkflow}' has no rule '{filter.RuleName}' (rules: {string.Join(", ", workflow.Rules.Select(r => r.RuleName))}).");
            var compiled = compiler.CompileContactFilter(workflow, filter.RuleName);
            _compiled[key] = (current.Version, compiled);
            return new ContactFilter(compiled, filter);
        }
        catch (RuleCompilationException ex)
        {
            var where = filter.IsRule ? ex.Message : $"expression '{filter.Expression}', column {ex.Column}: {ex.Reason}";
            throw new DomainException(Record, null, null, where);
        }
    }
}
