using CampaignFlow.Storage.Schema;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage.Tests;

/// <summary>Schema step 3 (rule sets): a store at step 2 upgrades, and its DDL is what EF Core would create for the model.</summary>
public sealed class RuleSetSchemaTests
{
    [Fact]
    public async Task A_step_2_store_is_upgraded_to_step_3_and_keeps_its_rows()
    {
        using var store = new TempStore();
        await using (var db = store.Open())
        {
            await SchemaHistory.CreateAtStepAsync(db, 2);
            db.CampaignStatuses.Add(new Domain.Campaigns.CampaignStatus { Code = "PLANNED", Description = "Planned" });
            await db.SaveChangesAsync();
            // Step 1 leaves the rule set tables to step 3.
            await Assert.ThrowsAnyAsync<Exception>(() => db.RuleSets.CountAsync());
        }

        await store.Initializer().InitializeAsync();

        await using (var db = store.Open())
        {
            Assert.Equal(SchemaSteps.Latest, await SchemaMigrator.CurrentVersionAsync(db));
            Assert.Equal("Planned", (await db.CampaignStatuses.SingleAsync()).Description);
        }
        using var world = new RuleSetWorld(store);
        var saved = await world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""), null, "admin");
        Assert.Equal(1, saved.Version);
        await store.Initializer().InitializeAsync(); // a second start changes nothing
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Step_3_creates_the_rule_set_tables_exactly_as_EF_Core_would_for_the_model(StorageProvider provider)
    {
        // No connection is opened: EF generates the DDL from the model alone.
        using var db = SchemaHistory.ModelOnly(provider);

        var fromModel = InitialSchema.Script(db, InitialSchema.LaterTables.Contains);
        var stepThree = RuleSetSchema.ScriptFor(db.Database.ProviderName);

        Assert.Equal(SchemaHistory.Normalize(fromModel), SchemaHistory.Normalize(stepThree));
        Assert.DoesNotContain("\"RuleSets\"", InitialSchema.Script(db, t => !InitialSchema.LaterTables.Contains(t)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.PostgreSql)]
    public void Step_1_still_creates_exactly_what_it_created_when_released(StorageProvider provider)
    {
        // ReleasedSchema/step1.*.sql is EF's create script of the model as step 1 shipped (before the rule set tables and the
        // contact.Interactions navigation); a model change must be a new step, so step 1 may reorder but never change a statement.
        using var db = SchemaHistory.ModelOnly(provider);
        var released = Statements(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReleasedSchema", $"step1.{provider}.sql")));

        var now = Statements(InitialSchema.Script(db, t => !InitialSchema.LaterTables.Contains(t)));

        Assert.Equal(released, now);
    }

    private static List<string> Statements(string script) =>
        [.. script.Split(';').Select(SchemaHistory.Normalize).Where(s => s.Length > 0).Order(StringComparer.Ordinal)];
}
