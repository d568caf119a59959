using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.ContactsCsv;

/// <summary>
/// A bulk load touches every index of a large table; with SQLite's default 2 MB page cache the index pages
/// thrash once the table passes a few hundred thousand rows. The import's own connection gets 64 MB for
/// the load and the default back afterwards (the pragma is per connection, so nothing else is affected).
/// It also checkpoints the WAL every 16,384 pages instead of every 1,000 while it loads: the hot index pages
/// change in every batch, and a checkpoint every 4 MB copied them into the database file again and again.
/// Durability is unchanged (each batch's commit is as safe as before); only the copy-back happens less often.
/// </summary>
public static class SqliteBulkCache
{
    public static async Task EnlargeAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-65536; PRAGMA wal_autocheckpoint=16384", cancellationToken);
    }

    public static async Task RestoreAsync(CampaignFlowDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size=-2000; PRAGMA wal_autocheckpoint=1000");
    }
}
