using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Storage.Schema;

/// <summary>
/// Brings a store up to <see cref="SchemaSteps.Latest"/>: reads the version table, refuses a store from a
/// newer CampaignFlow, and applies each missing step with its version row in one transaction.
/// </summary>
public sealed class SchemaMigrator(ILogger<SchemaMigrator> logger)
{
    public const string VersionTable = "CampaignFlowSchema";

    public static async Task<int> CurrentVersionAsync(CampaignFlowDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await EnsureVersionTableAsync(db, cancellationToken);
        var versions = await db.Database
            .SqlQueryRaw<int>($"SELECT COALESCE(MAX(\"Version\"), 0) AS \"Value\" FROM \"{VersionTable}\"")
            .ToListAsync(cancellationToken);
        return versions.Single();
    }

    public async Task MigrateAsync(CampaignFlowDbContext db, string where, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var current = await CurrentVersionAsync(db, cancellationToken);
            if (current > SchemaSteps.Latest)
                throw new StoreStartupException(
                    $"The store at {where} has schema version {current}, newer than this CampaignFlow understands (up to {SchemaSteps.Latest}). Upgrade CampaignFlow or use another database.");
            foreach (var step in SchemaSteps.All.Where(s => s.Version > current))
            {
                logger.LogInformation("Applying schema step {Version} ({Description}) to {Where}", step.Version, step.Description, where);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await step.ApplyAsync(db, cancellationToken);
                await RecordAsync(db, step, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static Task EnsureVersionTableAsync(CampaignFlowDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            $"CREATE TABLE IF NOT EXISTS \"{VersionTable}\" (\"Version\" INTEGER NOT NULL PRIMARY KEY, \"Description\" VARCHAR(200) NOT NULL, \"AppliedAt\" VARCHAR(40) NOT NULL)",
            cancellationToken);

    private static async Task RecordAsync(CampaignFlowDbContext db, SchemaStep step, CancellationToken cancellationToken)
    {
        DbConnection connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO \"{VersionTable}\" (\"Version\", \"Description\", \"AppliedAt\") VALUES (@v, @d, @a)";
        AddParameter(command, "@v", step.Version);
        AddParameter(command, "@d", step.Description);
        AddParameter(command, "@a", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
