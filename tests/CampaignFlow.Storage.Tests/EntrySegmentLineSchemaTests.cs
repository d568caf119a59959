using CampaignFlow.Domain.Interactions;
using CampaignFlow.Storage.Schema;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage.Tests;

/// <summary>Schema step 4 (the entry's segment line): a step 3 store upgrades to the same table a new store has.</summary>
public sealed class EntrySegmentLineSchemaTests
{
    [Fact]
    public async Task A_step_3_store_gains_the_column_keeps_its_entries_and_matches_a_new_store()
    {
        using var upgraded = new TempStore();
        await using (var db = upgraded.Open())
        {
            await SchemaHistory.CreateAtStepAsync(db, 3);
            Assert.DoesNotContain(EntrySegmentLineSchema.Column, await ColumnsAsync(db));
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "InteractionLogEntries" ("ContactNo", "Date", "Time", "Description", "InformationFlow", "InitiatedBy", "Cost",
                    "DurationMin", "CampaignTarget", "CampaignResponse", "CorrespondenceType", "DeliveryStatus", "Canceled", "Postponed")
                VALUES ('CT000001', '2026-01-20', '10:00:00', 'Logged before step 4', 'Outbound', 'Us', '0.0', '0.0', 0, 0, 'None', 'None', 0, 0)
                """);
        }

        await upgraded.Initializer().InitializeAsync();

        using var created = await TempStore.CreateAsync();
        await using var before = upgraded.Open();
        await using var fresh = created.Open();
        Assert.Equal(SchemaSteps.Latest, await SchemaMigrator.CurrentVersionAsync(before));
        Assert.Equal(await ColumnsAsync(fresh), await ColumnsAsync(before));
        var old = await before.InteractionLogEntries.SingleAsync();
        Assert.Equal(("Logged before step 4", null), (old.Description, old.SegmentLineNo));
        old.SegmentLineNo = 10000;
        await before.SaveChangesAsync();
        await using var reread = upgraded.Open();
        Assert.Equal(10000, (await reread.InteractionLogEntries.SingleAsync()).SegmentLineNo);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Step_4_adds_the_column_exactly_as_EF_Core_would_for_the_model(StorageProvider provider)
    {
        using var db = SchemaHistory.ModelOnly(provider);

        var fromModel = InitialSchema.AddColumnScript(db, EntrySegmentLineSchema.Table, EntrySegmentLineSchema.Column);

        Assert.Equal(SchemaHistory.Normalize(fromModel), SchemaHistory.Normalize(EntrySegmentLineSchema.ScriptFor(db.Database.ProviderName)));
        Assert.DoesNotContain($"\"{EntrySegmentLineSchema.Column}\"", InitialSchema.Script(db, _ => true), StringComparison.Ordinal);
    }

    /// <summary>The entries table's columns as SQLite describes them: name, type, not null, default, key.</summary>
    private static async Task<List<string>> ColumnsAsync(CampaignFlowDbContext db) =>
        await db.Database.SqlQueryRaw<string>(
                """SELECT "name" || ' ' || "type" || ' ' || "notnull" || ' ' || COALESCE("dflt_value", '-') || ' ' || "pk" AS "Value" FROM pragma_table_info('InteractionLogEntries')""")
            .ToListAsync();
}
