namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>A named, compiled eligibility rule (a RulesEngine rule after compilation, or a rule written in code).</summary>
public sealed record EligibilityRule(string Name, Func<EligibilityInput, bool> Predicate, string? ErrorMessage = null);
