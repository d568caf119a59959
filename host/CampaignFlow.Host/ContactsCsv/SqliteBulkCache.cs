using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.ContactsCsv;

/// <summary>
/// A bulk load touches every index of a large table; with SQLite's default 2 MB page cache the index pages
/// thrash once the table passes a few hundred thousand rows. The import's own connection gets 64 MB for
/// the load and the default back afterwards (the pragma is per connection, so nothing else is affected).
/// </summary>
public static class SqliteBulkCache
{
    public static async Task EnlargeAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-65536", cancellationToken);
    }

    public static async Task RestoreAsync(CampaignFlowDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000");
    }
}
