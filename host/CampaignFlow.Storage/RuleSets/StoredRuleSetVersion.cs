namespace CampaignFlow.Storage.RuleSets;

/// <summary>One change of a rule set, never updated: the JSON it had from then on ("" once deleted), when, who and why.</summary>
public sealed class StoredRuleSetVersion
{
    public string WorkflowName { get; set; } = "";
    public int Version { get; set; }
    public string Json { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>e.g. "imported from rules/segments/prospects.json", "edited via API", "deleted via API".</summary>
    public string Reason { get; set; } = "";
}
