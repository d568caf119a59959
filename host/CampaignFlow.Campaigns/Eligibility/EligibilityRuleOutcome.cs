namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>One rule's result: passed, failed (with its ErrorMessage), or failed because it threw (Exception set).</summary>
public sealed record EligibilityRuleOutcome(string RuleName, bool Passed, string? Message = null, string? Exception = null);
