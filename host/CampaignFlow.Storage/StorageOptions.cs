using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Storage;

/// <summary>Bound from the <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary><see cref="StorageProvider.Sqlite"/> (embedded, the default) or <see cref="StorageProvider.PostgreSql"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file; relative paths are taken from the working directory.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/campaignflow.db";

    /// <summary>How long a writer waits for another writer's lock on the SQLite file before giving up.</summary>
    [Range(0, 3600)]
    public int BusyTimeoutSeconds { get; set; } = 30;

    /// <summary>PostgreSQL connection string (Npgsql format); required when Provider is PostgreSql.</summary>
    public string? ConnectionString { get; set; }
}
