using System.Text.Json;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;
using CampaignFlow.Rules.Tools;

namespace CampaignFlow.Storage.RuleSets;

/// <summary>
/// Reads and checks one rule set before it is stored: one workflow object (or an array holding exactly one) named as
/// asked, that compiles with the rules engine (with the workflows it injects or evaluates, taken from the store), and
/// that passes every <see cref="IRuleSetCheck"/>. Returns the workflow and its canonical JSON, or the problems.
/// </summary>
internal sealed class RuleSetValidator(RulesOptions options, IEnumerable<IRuleSetCheck> checks)
{
    public (RuleWorkflow? Workflow, string Json, IReadOnlyList<RuleDiagnostic> Diagnostics) Validate(
        string workflowName, string json, string source, Func<string, RuleWorkflow?> resolve)
    {
        var (file, diagnostics) = RuleFileLoader.TryParse(json, source);
        if (file is null || diagnostics.Count > 0) return (null, "", diagnostics);
        if (file.Workflows.Count != 1)
            return (null, "", [new RuleDiagnostic(source, null, null, $"a rule set is one workflow object; this holds {file.Workflows.Count}")]);
        var workflow = file.Workflows[0];
        if (!string.Equals(workflow.WorkflowName, workflowName, StringComparison.Ordinal))
            return (null, "", [new RuleDiagnostic(source, workflow.WorkflowName, null, $"the WorkflowName '{workflow.WorkflowName}' is not the rule set's name '{workflowName}'", 1, 1)]);
        var problems = Compile(workflow, json, source, resolve);
        if (problems.Count == 0)
        {
            foreach (var check in checks) problems.AddRange(check.Check(workflow, source));
        }
        return problems.Count == 0 ? (workflow, Canonical(workflow), []) : (null, "", problems);
    }

    /// <summary>The JSON the store keeps: the workflow written back with RulesEngine's field names (comments and layout dropped).</summary>
    public static string Canonical(RuleWorkflow workflow) => JsonSerializer.Serialize(workflow, RuleJson.Options);

    private List<RuleDiagnostic> Compile(RuleWorkflow workflow, string json, string source, Func<string, RuleWorkflow?> resolve)
    {
        // The validator checks references within the text it is given: give it the referenced stored workflows too,
        // and report only the problems of this one (the others were checked when they were stored).
        var referenced = Referenced(workflow, resolve);
        var text = referenced.Count == 0 ? json : "[" + json + "," + string.Join(",", referenced.Select(Canonical)) + "]";
        return new RuleFileValidator(options).ValidateText(text, source)
            .Where(d => d.Workflow is null || string.Equals(d.Workflow, workflow.WorkflowName, StringComparison.Ordinal))
            .ToList();
    }

    private static List<RuleWorkflow> Referenced(RuleWorkflow workflow, Func<string, RuleWorkflow?> resolve)
    {
        var found = new Dictionary<string, RuleWorkflow>(StringComparer.Ordinal);
        var pending = new Queue<RuleWorkflow>([workflow]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var name in References(current))
            {
                if (name == workflow.WorkflowName || found.ContainsKey(name) || resolve(name) is not { } other) continue;
                found[name] = other;
                pending.Enqueue(other);
            }
        }
        return [.. found.Values];
    }

    private static IEnumerable<string> References(RuleWorkflow workflow) =>
        (workflow.WorkflowsToInject ?? []).Concat(Flatten(workflow.Rules)
            .SelectMany(r => new[] { r.Actions?.OnSuccess, r.Actions?.OnFailure })
            .Where(a => a is not null && string.Equals(a.Name, RuleActionInfo.EvaluateRule, StringComparison.OrdinalIgnoreCase))
            .Select(a => a!.GetContextText("workflowName"))
            .OfType<string>());

    private static IEnumerable<Rule> Flatten(IEnumerable<Rule> rules) => rules.SelectMany(r => new[] { r }.Concat(Flatten(r.Rules ?? [])));
}
