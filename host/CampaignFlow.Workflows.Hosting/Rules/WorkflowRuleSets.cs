using System.Text.RegularExpressions;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Rules.Model;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Workflows.Hosting.Rules;

/// <summary>
/// The rule sets workflows call (callRule, transition conditions): the rule files under
/// <c>&lt;Rules:Directory&gt;/workflows/</c>, read once into a rules engine of their own. Rules see the input
/// <c>campaign</c> (<see cref="WorkflowRuleCampaign"/>) and, when the action names one, <c>contact</c>
/// (<see cref="WorkflowRuleContact"/>). An inline condition expression ("when": "…") runs as a one-rule set.
/// </summary>
public sealed partial class WorkflowRuleSets
{
    private const string InlinePrefix = "when: ";
    private readonly RulesEngine engine;
    private readonly Lock inlineGate = new();

    public WorkflowRuleSets(IOptions<RulesOptions> options)
        : this(Path.Combine((options ?? throw new ArgumentNullException(nameof(options))).Value.RulesDirectory, "workflows"), options.Value)
    {
    }

    /// <summary>Reads the rule files of <paramref name="directory"/> (none when it does not exist).</summary>
    /// <exception cref="CampaignFlow.Rules.Diagnostics.RuleLoadException">A file is invalid (the message names the file, the rule and the position).</exception>
    public WorkflowRuleSets(string directory, RulesOptions? options = null)
    {
        engine = new RulesEngine(options);
        if (Directory.Exists(directory))
        {
            foreach (var file in RuleFileLoader.LoadDirectory(directory))
            {
                engine.AddWorkflow([.. file.Workflows]);
            }
        }
    }

    /// <summary>The rule set names.</summary>
    public IReadOnlyList<string> Names => [.. engine.GetAllRegisteredWorkflowNames().Where(n => !n.StartsWith(InlinePrefix, StringComparison.Ordinal))];

    /// <summary>Null when "RuleSet" or "RuleSet/Rule" names something loaded; otherwise what is wrong.</summary>
    public string? Check(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var (set, rule) = Split(reference);
        if (set.Length == 0 || !engine.ContainsWorkflow(set) || set.StartsWith(InlinePrefix, StringComparison.Ordinal))
        {
            return $"unknown rule set '{set}' (known: {string.Join(", ", Names)})";
        }

        return rule is not null && engine.GetWorkflow(set).Rules.All(r => r.RuleName != rule)
            ? $"rule set '{set}' has no rule '{rule}' (it has: {string.Join(", ", engine.GetWorkflow(set).Rules.Select(r => r.RuleName))})"
            : null;
    }

    /// <summary>Runs the rule set, or only the named rule of it, with the given inputs.</summary>
    /// <exception cref="WorkflowException">The reference names nothing loaded.</exception>
    public async ValueTask<WorkflowRuleOutcome> RunAsync(string reference, WorkflowRuleCampaign campaign, WorkflowRuleContact? contact)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        if (Check(reference) is { } problem)
        {
            throw new WorkflowException(problem);
        }

        var (set, rule) = Split(reference);
        return await RunSetAsync(reference, set, rule, campaign, contact).ConfigureAwait(false);
    }

    /// <summary>Evaluates an inline expression over the campaign, e.g. <c>campaign.EndingDate != null</c>.</summary>
    public async ValueTask<WorkflowRuleOutcome> EvaluateAsync(string expression, WorkflowRuleCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var name = InlinePrefix + expression;
        lock (inlineGate)
        {
            if (!engine.ContainsWorkflow(name))
            {
                engine.AddWorkflow(new RuleWorkflow { WorkflowName = name, Rules = [new Rule { RuleName = "when", Expression = expression }] });
            }
        }

        return await RunSetAsync(expression, name, null, campaign, null).ConfigureAwait(false);
    }

    private async ValueTask<WorkflowRuleOutcome> RunSetAsync(string reference, string set, string? rule, WorkflowRuleCampaign campaign, WorkflowRuleContact? contact)
    {
        RuleParameter[] inputs = contact is null
            ? [new RuleParameter("campaign", campaign)]
            : [new RuleParameter("campaign", campaign), new RuleParameter("contact", contact)];
        var results = await engine.ExecuteAllRulesAsync(set, inputs).ConfigureAwait(false);
        var picked = rule is null ? results : [.. results.Where(r => r.Rule.RuleName == rule)];
        var failures = picked.Where(r => !r.IsSuccess)
            .Select(r => $"{r.Rule.RuleName}: {r.ExceptionMessage ?? r.Rule.ErrorMessage ?? "did not hold"}").ToList();
        return new WorkflowRuleOutcome(reference, picked.Count > 0 && failures.Count == 0, failures, picked.Any(IsFault));
    }

    /// <summary>
    /// The engine reports a false rule with its ErrorMessage (placeholders filled) and a rule that could not run with
    /// the error: a message that is not the rule's own ErrorMessage is a fault.
    /// </summary>
    private static bool IsFault(RuleResultTree result)
    {
        if (result.IsSuccess || string.IsNullOrEmpty(result.ExceptionMessage))
        {
            return false;
        }

        if (result.Rule.ErrorMessage is not { Length: > 0 } template)
        {
            return true;
        }

        var pattern = "^" + string.Join(".*", PlaceholderPattern().Split(template).Select(Regex.Escape)) + "$";
        return !Regex.IsMatch(result.ExceptionMessage, pattern, RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex(@"\$\([^)]*\)")]
    private static partial Regex PlaceholderPattern();

    private static (string Set, string? Rule) Split(string reference)
    {
        var slash = reference.LastIndexOf('/');
        return slash < 0 ? (reference.Trim(), null) : (reference[..slash].Trim(), reference[(slash + 1)..].Trim());
    }
}
