namespace CampaignFlow.Storage.RuleSets;

/// <summary>
/// The current version of one rule set (a RulesEngine workflow, by its WorkflowName). Every change also writes an
/// immutable <see cref="StoredRuleSetVersion"/>; a deleted rule set keeps its row (Deleted) so that the shipped
/// file it came from is not imported again on the next start and its history stays readable.
/// </summary>
public sealed class StoredRuleSet
{
    public string WorkflowName { get; set; } = "";

    /// <summary>The workflow's JSON (one workflow object, RulesEngine field names), as the engine reads it.</summary>
    public string Json { get; set; } = "";

    /// <summary>1 on creation, +1 per change (also the concurrency token: saving with a stale version is refused).</summary>
    public int Version { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = "";

    public bool Deleted { get; set; }

    /// <summary>The shipped file it was last imported from (relative to the rules folder), if any.</summary>
    public string? ShippedFile { get; set; }

    /// <summary>SHA-256 (hex) of the workflow JSON last imported from the shipped file: an unchanged file imports nothing.</summary>
    public string? ShippedHash { get; set; }
}
