using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Storage.Schema;
using CampaignFlow.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage.Tests;

public class StoreLifecycleTests
{
    [Fact]
    public async Task First_start_creates_the_file_in_WAL_mode_at_the_latest_schema()
    {
        using var store = new TempStore();
        var readiness = new StoreReadiness();
        Assert.False(File.Exists(store.FilePath));

        await store.Initializer(readiness).InitializeAsync();

        Assert.True(File.Exists(store.FilePath));
        Assert.True(readiness.IsReady);
        await using var db = store.Open();
        var mode = (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single();
        Assert.Equal("wal", mode);
        Assert.Equal(SchemaSteps.Latest, await SchemaMigrator.CurrentVersionAsync(db));
    }

    [Fact]
    public async Task Records_round_trip_and_survive_a_reopen()
    {
        using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            db.BusinessRelations.Add(new BusinessRelation { Code = "PROS", Description = "Prospect" });
            var company = Contact.NewCompany("CT0001", "Ménage & Fils");
            company.BusinessRelations.Add(new ContactBusinessRelation { ContactNo = "CT0001", BusinessRelationCode = "PROS" });
            db.Contacts.Add(company);
            db.Contacts.Add(Contact.NewPerson("CT0002", "Åsa Öberg", company));
            db.Campaigns.Add(Campaign.Create("CP0001", "Salon FUTURUS", null, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)));
            await db.SaveChangesAsync();
        }

        // A second start finds the schema current and changes nothing.
        await store.Initializer().InitializeAsync();

        await using (var db = store.Open())
        {
            var person = await db.Contacts.Include(c => c.Company!).ThenInclude(c => c.BusinessRelations).SingleAsync(c => c.No == "CT0002");
            Assert.Equal("Åsa Öberg", person.Name);
            Assert.Equal("Ménage & Fils", person.CompanyName);
            Assert.Equal("PROS", Assert.Single(person.Company!.BusinessRelations).BusinessRelationCode);
            var campaign = await db.Campaigns.SingleAsync();
            Assert.Equal(new DateOnly(2026, 3, 31), campaign.EndingDate);
        }
    }

    [Fact]
    public async Task A_store_from_a_newer_schema_is_refused_with_a_clear_message()
    {
        using var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            var future = SchemaSteps.Latest + 1;
            await db.Database.ExecuteSqlAsync($"INSERT INTO CampaignFlowSchema (Version, Description, AppliedAt) VALUES ({future}, 'future', 'now')");
        }

        var error = await Assert.ThrowsAsync<StoreStartupException>(() => store.Initializer().InitializeAsync());
        Assert.Contains("newer than this CampaignFlow understands", error.Message, StringComparison.Ordinal);
        Assert.Contains(store.FilePath, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_read_only_file_is_refused_with_a_clear_message()
    {
        using var store = await TempStore.CreateAsync();
        SqliteConnection.ClearAllPools();
        File.SetAttributes(store.FilePath, FileAttributes.ReadOnly);
        try
        {
            var error = await Assert.ThrowsAsync<StoreStartupException>(() => store.Initializer().InitializeAsync());
            Assert.Contains("read-only", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.SetAttributes(store.FilePath, FileAttributes.Normal);
        }
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_a_clear_message()
    {
        using var store = new TempStore();
        await File.WriteAllTextAsync(store.FilePath, "this is a text file, not SQLite, and it is long enough to have a header page.");

        var error = await Assert.ThrowsAsync<StoreStartupException>(() => store.Initializer().InitializeAsync());
        Assert.Contains("not a CampaignFlow database", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_locked_by_another_writer_is_refused_with_a_clear_message()
    {
        using var store = new TempStore();
        // Another process holds an exclusive lock on a fresh (not yet WAL) file.
        await using var other = new SqliteConnection($"Data Source={store.FilePath}");
        await other.OpenAsync();
        await using (var command = other.CreateCommand())
        {
            command.CommandText = "PRAGMA locking_mode=EXCLUSIVE; CREATE TABLE held(x); BEGIN EXCLUSIVE;";
            await command.ExecuteNonQueryAsync();
        }
        store.Options.BusyTimeoutSeconds = 1;

        var error = await Assert.ThrowsAsync<StoreStartupException>(() => store.Initializer().InitializeAsync());
        Assert.Contains("locked by another process", error.Message, StringComparison.Ordinal);
    }
}
