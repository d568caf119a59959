using CampaignFlow.Rules.Model;
using CampaignFlow.Rules.Tools;
using CampaignFlow.Storage.RuleSets;

namespace CampaignFlow.Segments.Filters;

/// <summary>
/// The segment rule sets by workflow name: the "Segments.*" rule sets of the <see cref="RuleSetStore"/> (imported
/// from rules/segments/ at start, edited through the API), so the next segment action uses the latest version; or a
/// fixed list (tests, benchmarks), all at version 1.
/// </summary>
public sealed class SegmentRuleCatalog
{
    private readonly Func<IReadOnlyDictionary<string, CurrentRuleSet>> _ruleSets;

    public SegmentRuleCatalog(RuleSetStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _ruleSets = () => store.Snapshot.RuleSets;
    }

    public SegmentRuleCatalog(IEnumerable<RuleWorkflow> workflows)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        var fixedSets = workflows.ToDictionary(w => w.WorkflowName, w => new CurrentRuleSet(w, 1), StringComparer.Ordinal);
        _ruleSets = () => fixedSets;
        IsFixed = true;
    }

    private bool IsFixed { get; }

    public IReadOnlyList<string> Names => [.. Segments().Select(s => s.Key).Order(StringComparer.Ordinal)];

    public RuleWorkflow? Find(string workflowName) => FindCurrent(workflowName)?.Workflow;

    /// <summary>The rule set with its version (the key of compiled filters).</summary>
    public CurrentRuleSet? FindCurrent(string workflowName) =>
        Segments().FirstOrDefault(s => string.Equals(s.Key, workflowName, StringComparison.Ordinal)).Value;

    private IEnumerable<KeyValuePair<string, CurrentRuleSet>> Segments() =>
        IsFixed ? _ruleSets() : _ruleSets().Where(s => s.Key.StartsWith(RuleFileValidator.SegmentPrefix, StringComparison.Ordinal));
}
