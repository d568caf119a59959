using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CampaignFlow.Storage.Tests;

/// <summary>The same schema and behaviour on a real PostgreSQL server.</summary>
public sealed class PostgreSqlStoreTests(PostgreSqlFixture postgres) : IClassFixture<PostgreSqlFixture>
{
    private async Task<StorageOptions> NewDatabaseAsync()
    {
        var name = "cf_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(postgres.Server.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = postgres.Server.ConnectionString(name) };
    }

    private static CampaignFlowDbContext Open(StorageOptions options)
    {
        var builder = new DbContextOptionsBuilder<CampaignFlowDbContext>();
        StorageServiceCollectionExtensions.Configure(builder, options);
        return new CampaignFlowDbContext(builder.Options);
    }

    private static StoreInitializer Initializer(StorageOptions options) =>
        new(new Factory(options), Microsoft.Extensions.Options.Options.Create(options), new SchemaMigrator(NullLogger<SchemaMigrator>.Instance),
            new StoreReadiness(), NullLogger<StoreInitializer>.Instance);

    [Fact]
    public async Task The_schema_is_created_and_records_round_trip()
    {
        var options = await NewDatabaseAsync();
        await Initializer(options).InitializeAsync();
        await Initializer(options).InitializeAsync(); // a second start changes nothing

        await using (var db = Open(options))
        {
            Assert.Equal(SchemaSteps.Latest, await SchemaMigrator.CurrentVersionAsync(db));
            db.CampaignStatuses.Add(new CampaignStatus { Code = "PLANNED", Description = "Planned" });
            var company = Contact.NewCompany("CT0001", "Ménage & Fils");
            db.Contacts.Add(company);
            db.Contacts.Add(Contact.NewPerson("CT0002", "Åsa Öberg", company));
            db.Campaigns.Add(Campaign.Create("CP0001", "Salon FUTURUS", "PLANNED", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
            await db.SaveChangesAsync();
        }
        await using (var db = Open(options))
        {
            var person = await db.Contacts.Include(c => c.Company).SingleAsync(c => c.No == "CT0002");
            Assert.Equal("Ménage & Fils", person.Company!.Name);
            Assert.Equal(new DateOnly(2026, 3, 31), (await db.Campaigns.SingleAsync()).EndingDate);
        }
    }

    [Fact]
    public async Task Duplicates_and_missing_references_are_domain_errors_on_PostgreSQL_too()
    {
        var options = await NewDatabaseAsync();
        await Initializer(options).InitializeAsync();
        await using (var db = Open(options))
        {
            db.CampaignStatuses.Add(new CampaignStatus { Code = "PLANNED", Description = "Planned" });
            await db.SaveChangesAsync();
        }
        await using (var db = Open(options))
        {
            db.CampaignStatuses.Add(new CampaignStatus { Code = "PLANNED", Description = "Again" });
            Assert.Contains("already exists", (await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync())).Message, StringComparison.Ordinal);
        }
        await using (var db = Open(options))
        {
            db.Campaigns.Add(Campaign.Create("CP0001", "x", statusCode: "NOPE"));
            Assert.Contains("does not exist", (await Assert.ThrowsAsync<DomainException>(() => db.SaveChangesAsync())).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_newer_schema_is_refused()
    {
        var options = await NewDatabaseAsync();
        await Initializer(options).InitializeAsync();
        await using (var db = Open(options))
        {
            var future = SchemaSteps.Latest + 1;
            await db.Database.ExecuteSqlAsync($"INSERT INTO \"CampaignFlowSchema\" (\"Version\", \"Description\", \"AppliedAt\") VALUES ({future}, 'future', 'now')");
        }
        var error = await Assert.ThrowsAsync<StoreStartupException>(() => Initializer(options).InitializeAsync());
        Assert.Contains("newer than this CampaignFlow understands", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_gives_a_clear_error()
    {
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Port=1;Username=postgres;Database=x;Timeout=2" };
        var error = await Assert.ThrowsAsync<StoreStartupException>(() => Initializer(options).InitializeAsync());
        Assert.StartsWith("Cannot open the store on the PostgreSQL server", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_2_store_upgrades_to_step_3_and_the_rule_set_store_works_on_PostgreSQL()
    {
        var options = await NewDatabaseAsync();
        await using (var db = Open(options))
        {
            await SchemaHistory.CreateAtStepAsync(db, 2);
        }
        await Initializer(options).InitializeAsync();
        await using (var db = Open(options))
        {
            Assert.Equal(SchemaSteps.Latest, await SchemaMigrator.CurrentVersionAsync(db));
        }

        using var world = new RuleSetWorld(new Factory(options));
        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""));
        Assert.Equal(["Segments.Paris"], (await world.ImportAsync()).Created);
        Assert.Equal(["Segments.Paris"], (await world.ImportAsync()).Unchanged);
        var saved = await world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Lyon\""), 1, "admin");
        Assert.Equal(2, saved.Version);
        await Assert.ThrowsAsync<RuleSets.RuleSetConflictException>(() =>
            world.NewStore().SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Nice\""), 1, "other"));
        var history = await world.Store.HistoryAsync("Segments.Paris");
        Assert.Equal([2, 1], history!.Select(v => v.Version).ToList());
        Assert.Equal(world.Clock.GetUtcNow(), history![0].CreatedAt);
        Assert.Equal(2, world.NewStore().Snapshot.Find("Segments.Paris")!.Version);
    }

    private sealed class Factory(StorageOptions options) : IDbContextFactory<CampaignFlowDbContext>
    {
        public CampaignFlowDbContext CreateDbContext() => Open(options);
    }
}
