namespace CampaignFlow.Rules.Model;

/// <summary>What runs after a rule: OnSuccess when it holds, OnFailure when it does not.</summary>
public sealed class RuleActions
{
    public RuleActionInfo? OnSuccess { get; set; }

    public RuleActionInfo? OnFailure { get; set; }
}
