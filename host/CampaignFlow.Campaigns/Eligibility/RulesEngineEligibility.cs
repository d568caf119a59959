using CampaignFlow.Rules;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Discount eligibility from a RulesEngine workflow (rules/discounts/campaign-offer-eligibility.json): every enabled
/// top-level rule must succeed, with the inputs customer, contact, line and campaign. The first failing rule refuses
/// and is named; a rule that throws or does not compile fails (the engine never reports success for it), and an
/// engine error refuses too — a faulty rule never grants a discount.
/// </summary>
public sealed class RulesEngineEligibility : IDiscountEligibility
{
    private const string ThrownPrefix = "Error while executing rule";
    private readonly RulesEngine _engine;

    // An allowance reads the same for every input (each rule named, each passed), so it is built once; later passing
    // requests take the engine's verdict-only path and only a refusal pays for the full results and their reasons.
    private EligibilityVerdict? _allowed;

    public RulesEngineEligibility(string source, RuleWorkflow workflow, IEnumerable<RuleWorkflow>? injected = null, RulesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        Source = source;
        WorkflowName = workflow.WorkflowName;
        _engine = new RulesEngine([workflow, .. injected ?? []], options);
    }

    public string Source { get; }

    public string WorkflowName { get; }

    public EligibilityVerdict Evaluate(EligibilityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        RuleParameter[] parameters =
        [
            RuleParameter.Create(EligibilityInput.CustomerInput, input.Customer),
            RuleParameter.Create(EligibilityInput.ContactInput, input.Contact),
            RuleParameter.Create(EligibilityInput.LineInput, input.Line),
            RuleParameter.Create(EligibilityInput.CampaignInput, input.Campaign),
        ];
        var verdict = _allowed is { } allowed && Passes(parameters) ? allowed : Explain(parameters);
        if (verdict.Allowed) _allowed ??= verdict;
        return verdict;
    }

    private bool Passes(RuleParameter[] parameters)
    {
        try
        {
            return _engine.AllRulesSucceed(WorkflowName, parameters);
        }
#pragma warning disable CA1031 // Any failure takes the full path, which reports it.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private EligibilityVerdict Explain(RuleParameter[] parameters)
    {
        List<RuleResultTree> results;
        try
        {
            // The in-memory engine completes synchronously; the ValueTask is only awaited if it ever does not.
            var pending = _engine.ExecuteAllRulesAsync(WorkflowName, parameters);
            results = pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
        }
#pragma warning disable CA1031 // Whatever the engine throws, the offer is refused and the error reported.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var outcome = new EligibilityRuleOutcome(WorkflowName, false, null, $"{ex.GetType().Name}: {ex.Message}");
            return new EligibilityVerdict(false, WorkflowName,
                $"refused: the eligibility workflow '{WorkflowName}' in {Source} failed ({ex.Message}); a faulty rule never grants a discount.", [outcome]);
        }
        if (results.Count == 0) return EligibilityVerdict.NoRules;

        var outcomes = results.Select(Outcome).ToList();
        var refusing = outcomes.FirstOrDefault(o => !o.Passed);
        if (refusing is null)
            return new EligibilityVerdict(true, outcomes[^1].RuleName, $"allowed: all {outcomes.Count} rule(s) of workflow '{WorkflowName}' passed.", outcomes);
        var reason = refusing.Exception is { } error
            ? $"refused: rule '{refusing.RuleName}' of workflow '{WorkflowName}' failed at run time ({error}); a faulty rule never grants a discount."
            : $"refused by rule '{refusing.RuleName}' of workflow '{WorkflowName}'{(refusing.Message is { Length: > 0 } m ? ": " + m : ".")}";
        return new EligibilityVerdict(false, refusing.RuleName, reason, outcomes);
    }

    private static EligibilityRuleOutcome Outcome(RuleResultTree result)
    {
        if (result.IsSuccess) return new EligibilityRuleOutcome(result.Rule.RuleName, true);
        // A thrown exception or a compile error comes back as an ExceptionMessage other than the rule's own message.
        var message = result.ExceptionMessage;
        var thrown = message is not null && (message.StartsWith(ThrownPrefix, StringComparison.Ordinal) || Deepest(result)?.StartsWith(ThrownPrefix, StringComparison.Ordinal) == true);
        return thrown
            ? new EligibilityRuleOutcome(result.Rule.RuleName, false, null, Deepest(result) ?? message)
            : new EligibilityRuleOutcome(result.Rule.RuleName, false, message ?? result.Rule.ErrorMessage);
    }

    private static string? Deepest(RuleResultTree result) =>
        result.ChildResults?.Where(c => !c.IsSuccess).Select(Deepest).FirstOrDefault(m => m is not null) ?? result.ExceptionMessage;
}
