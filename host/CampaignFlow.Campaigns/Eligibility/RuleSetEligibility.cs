using System.Globalization;

namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Evaluates a set of compiled rules, all of which must pass (RulesEngine's "all rules succeed" reading of a
/// workflow): the first rule that fails or throws refuses the offer and is named in the verdict.
/// </summary>
public sealed class RuleSetEligibility(string source, IReadOnlyList<EligibilityRule> rules) : IDiscountEligibility
{
    public string Source { get; } = source;

    public IReadOnlyList<EligibilityRule> Rules { get; } = rules;

    public EligibilityVerdict Evaluate(EligibilityInput input)
    {
        if (Rules.Count == 0) return EligibilityVerdict.NoRules;
        var outcomes = new EligibilityRuleOutcome[Rules.Count];
        for (var i = 0; i < Rules.Count; i++)
        {
            var rule = Rules[i];
            bool passed;
            try
            {
                passed = rule.Predicate(input);
            }
#pragma warning disable CA1031 // A faulty admin rule must refuse the offer, whatever it throws.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                outcomes[i] = new EligibilityRuleOutcome(rule.Name, false, rule.ErrorMessage, $"{ex.GetType().Name}: {ex.Message}");
                return Refused(rule.Name, string.Create(CultureInfo.InvariantCulture,
                    $"refused: rule '{rule.Name}' in {Source} failed at run time ({ex.GetType().Name}: {ex.Message}); a faulty rule never grants a discount."), outcomes, i);
            }
            outcomes[i] = new EligibilityRuleOutcome(rule.Name, passed, passed ? null : rule.ErrorMessage);
            if (!passed)
                return Refused(rule.Name, $"refused by rule '{rule.Name}'{(rule.ErrorMessage is { Length: > 0 } m ? ": " + m : ".")}", outcomes, i);
        }
        return new EligibilityVerdict(true, Rules[^1].Name, $"allowed: all {Rules.Count} rule(s) of {Source} passed.", outcomes);
    }

    private EligibilityVerdict Refused(string ruleName, string reason, EligibilityRuleOutcome[] outcomes, int failedAt)
    {
        // Rules after the refusing one are not run; report them as not passed without a message.
        for (var j = failedAt + 1; j < outcomes.Length; j++) outcomes[j] = new EligibilityRuleOutcome(Rules[j].Name, false, "not evaluated");
        return new EligibilityVerdict(false, ruleName, reason, outcomes);
    }
}
