namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Whether a campaign's offer may be granted, which rule decided (the first refusing rule; on allowance the last
/// rule that passed), why, and every rule's outcome.
/// </summary>
public sealed record EligibilityVerdict(bool Allowed, string? RuleName, string Reason, IReadOnlyList<EligibilityRuleOutcome> Rules)
{
    public static EligibilityVerdict NoRules { get; } = new(true, null, "allowed: no eligibility rules are set up.", []);
}
