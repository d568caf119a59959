using CampaignFlow.Storage.Schema;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage.Tests;

/// <summary>Stores as earlier CampaignFlow versions left them, and contexts that only generate DDL.</summary>
internal static class SchemaHistory
{
    /// <summary>
    /// Brings an empty store to schema <paramref name="version"/> as the CampaignFlow of that version did (step 1 leaves out
    /// what later steps add, so applying the steps up to it rebuilds the older store).
    /// </summary>
    public static async Task CreateAtStepAsync(CampaignFlowDbContext db, int version)
    {
        await db.Database.OpenConnectionAsync();
        Assert.Equal(0, await SchemaMigrator.CurrentVersionAsync(db));
        foreach (var step in SchemaSteps.All.Where(s => s.Version <= version))
        {
            await step.ApplyAsync(db, CancellationToken.None);
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"CampaignFlowSchema\" (\"Version\", \"Description\", \"AppliedAt\") VALUES ({step.Version}, {step.Description}, 'test')");
        }
        await db.Database.CloseConnectionAsync();
    }

    /// <summary>A context for <paramref name="provider"/> that never connects: EF generates DDL from the model alone.</summary>
    public static CampaignFlowDbContext ModelOnly(StorageProvider provider)
    {
        var builder = new DbContextOptionsBuilder<CampaignFlowDbContext>();
        StorageServiceCollectionExtensions.Configure(builder, new StorageOptions
        {
            Provider = provider,
            SqlitePath = Path.Combine(Path.GetTempPath(), "never-opened.db"),
            ConnectionString = "Host=127.0.0.1;Database=never_opened",
        });
        return new CampaignFlowDbContext(builder.Options);
    }

    /// <summary>SQL with its white space collapsed, to compare scripts.</summary>
    public static string Normalize(string sql) => string.Join(' ', sql.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
