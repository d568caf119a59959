using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage.Schema;

/// <summary>A schema step's DDL, written out for each database provider the store supports, and how it is run.</summary>
internal static class ProviderScript
{
    /// <summary>The script for <paramref name="providerName"/>; another provider stops the start, naming <paramref name="what"/>.</summary>
    public static string For(string? providerName, string sqlite, string postgreSql, string what) => providerName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => sqlite,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => postgreSql,
        var other => throw new StoreStartupException($"There is no script creating {what} for the database provider '{other}'."),
    };

    /// <summary>Runs the step's script for the context's provider (inside the migrator's transaction).</summary>
    public static Task ApplyAsync(CampaignFlowDbContext db, Func<string?, string> scriptFor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlRawAsync(scriptFor(db.Database.ProviderName), cancellationToken);
    }
}
