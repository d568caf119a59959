using CampaignFlow.Storage.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CampaignFlow.Storage;

/// <summary>
/// Creates and migrates the store on start. Every way this can fail (locked file, read-only file, a
/// newer schema, an unreachable server) becomes a <see cref="StoreStartupException"/> with a plain message.
/// </summary>
public sealed class StoreInitializer(
    IDbContextFactory<CampaignFlowDbContext> contexts,
    IOptions<StorageOptions> options,
    SchemaMigrator migrator,
    StoreReadiness readiness,
    ILogger<StoreInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var where = settings.Provider == StorageProvider.Sqlite ? Path.GetFullPath(settings.SqlitePath) : "the PostgreSQL server";
        try
        {
            if (settings.Provider == StorageProvider.Sqlite) PrepareSqliteFile(settings.SqlitePath);
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            if (settings.Provider == StorageProvider.Sqlite) await EnableWalAsync(db, cancellationToken);
            await migrator.MigrateAsync(db, where, cancellationToken);
        }
        catch (SqliteException ex)
        {
            throw new StoreStartupException(DescribeSqliteFailure(ex, where), ex);
        }
        catch (NpgsqlException ex)
        {
            throw new StoreStartupException($"Cannot open the store on {where}: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is NpgsqlException inner)
        {
            // Npgsql's execution strategy wraps connection failures as "likely a transient failure".
            throw new StoreStartupException($"Cannot open the store on {where}: {inner.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new StoreStartupException($"Cannot open the store at {where}: access is denied ({ex.Message}).", ex);
        }
        readiness.MarkReady();
        logger.LogInformation("Store ready at {Where}", where);
    }

    private static void PrepareSqliteFile(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        if (!File.Exists(full)) return;
        if (new FileInfo(full).IsReadOnly)
            throw new StoreStartupException($"The database file {full} is read-only; CampaignFlow needs to write to it. Make it writable or point Storage:SqlitePath elsewhere.");
        if (!HasSqliteHeader(full))
            throw new StoreStartupException($"The file {full} is not a CampaignFlow database (not an SQLite file).");
    }

    /// <summary>Every SQLite file starts with "SQLite format 3\0"; an empty file is a new database.</summary>
    private static bool HasSqliteHeader(string path)
    {
        Span<byte> header = stackalloc byte[16];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        return read == 0 || (read == 16 && header.SequenceEqual("SQLite format 3\0"u8));
    }

    private static async Task EnableWalAsync(CampaignFlowDbContext db, CancellationToken cancellationToken)
    {
        // journal_mode is stored in the file, so setting it once is enough; it answers with a row.
        await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode=WAL").ToListAsync(cancellationToken);
    }

    private static string DescribeSqliteFailure(SqliteException ex, string where) => ex.SqliteErrorCode switch
    {
        5 or 6 => $"The database file {where} is locked by another process. Stop the other CampaignFlow (or tool) using it, or point Storage:SqlitePath elsewhere.",
        8 => $"The database file {where} is read-only; CampaignFlow needs to write to it.",
        14 => $"The database file {where} cannot be opened (missing folder or no permission).",
        26 => $"The file {where} is not a CampaignFlow database (not an SQLite file).",
        _ => $"Cannot open the database file {where}: {ex.Message}",
    };
}
