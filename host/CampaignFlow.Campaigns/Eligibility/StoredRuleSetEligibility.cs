using System.Globalization;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Model;
using CampaignFlow.Storage.RuleSets;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Discount eligibility from the rule set store: the workflow named by <see cref="CampaignsOptions.EligibilityWorkflow"/>
/// (imported from rules/discounts/ at start, edited through the API), with the workflows it injects. Its compiled form
/// is kept until the version of the workflow or of one it injects changes, so an edit applies to the next price
/// lookup. No such rule set → no rules (every campaign offer allowed, as in BC).
/// </summary>
public sealed class StoredRuleSetEligibility(RuleSetStore store, IOptions<CampaignsOptions> options, IOptions<RulesOptions> rules) : IDiscountEligibility
{
    private volatile Compiled? _compiled;

    public string Source => $"rule set '{options.Value.EligibilityWorkflow}'";

    public EligibilityVerdict Evaluate(EligibilityInput input)
    {
        var snapshot = store.Snapshot;
        // The hot path: the same snapshot as last time means the same versions; no key to build.
        if (_compiled is { } last && ReferenceEquals(last.Snapshot, snapshot)) return last.Eligibility?.Evaluate(input) ?? EligibilityVerdict.NoRules;
        var name = options.Value.EligibilityWorkflow;
        if (snapshot.Find(name) is not { } current)
        {
            _compiled = new Compiled(snapshot, "", null);
            return EligibilityVerdict.NoRules;
        }
        var injected = Injected(current.Workflow, snapshot);
        var key = string.Join(";", new[] { current }.Concat(injected).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Workflow.WorkflowName}@{s.Version}")));
        var compiled = _compiled;
        if (compiled?.Eligibility is null || compiled.Key != key)
        {
            var source = string.Create(CultureInfo.InvariantCulture, $"rule set '{name}' version {current.Version}");
            compiled = new Compiled(snapshot, key, new RulesEngineEligibility(source, current.Workflow, injected.Select(s => s.Workflow), rules.Value));
        }
        else
        {
            compiled = compiled with { Snapshot = snapshot };
        }
        _compiled = compiled;
        return compiled.Eligibility!.Evaluate(input);
    }

    /// <summary>The rule sets the workflow injects, transitively, each once (missing ones are reported by the engine).</summary>
    private static List<CurrentRuleSet> Injected(RuleWorkflow workflow, RuleSetSnapshot snapshot)
    {
        var found = new List<CurrentRuleSet>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { workflow.WorkflowName };
        var pending = new Queue<RuleWorkflow>([workflow]);
        while (pending.TryDequeue(out var next))
        {
            foreach (var name in next.WorkflowsToInject ?? [])
            {
                if (!seen.Add(name) || snapshot.Find(name) is not { } set) continue;
                found.Add(set);
                pending.Enqueue(set.Workflow);
            }
        }
        return found;
    }

    /// <summary>The compiled workflow for a key of versions, and the snapshot it was last checked against.</summary>
    private sealed record Compiled(RuleSetSnapshot Snapshot, string Key, RulesEngineEligibility? Eligibility);
}
