namespace CampaignFlow.Storage.RuleSets;

/// <summary>Every live rule set at one moment, by workflow name, and when it was read.</summary>
public sealed class RuleSetSnapshot(IReadOnlyDictionary<string, CurrentRuleSet> ruleSets, DateTimeOffset loadedAt)
{
    public IReadOnlyDictionary<string, CurrentRuleSet> RuleSets { get; } = ruleSets;

    public DateTimeOffset LoadedAt { get; } = loadedAt;

    public CurrentRuleSet? Find(string workflowName) => RuleSets.GetValueOrDefault(workflowName);
}
