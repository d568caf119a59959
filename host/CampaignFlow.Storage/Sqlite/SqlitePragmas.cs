using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampaignFlow.Storage.Sqlite;

/// <summary>
/// Sets the per-connection pragmas every SQLite connection needs: foreign keys on, a busy timeout so a
/// second writer waits instead of failing, and NORMAL sync (safe with WAL, much faster).
/// </summary>
internal sealed class SqlitePragmas(int busyTimeoutSeconds) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA foreign_keys=ON; PRAGMA busy_timeout={busyTimeoutSeconds * 1000}; PRAGMA synchronous=NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
