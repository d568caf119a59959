using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Storage.RuleSets;

/// <summary>Settings of the rule set store (bound from the <c>RuleSets</c> section).</summary>
public sealed class RuleSetStoreOptions
{
    public const string Section = "RuleSets";

    /// <summary>
    /// Changes made through this host's store are seen at once; changes made by another host sharing the database
    /// (PostgreSQL) are picked up when the in-memory copy is older than this.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SnapshotMaxAge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Who the start-up import writes as in the version history.</summary>
    [Required]
    public string ImportUser { get; set; } = "rules/ import";
}
