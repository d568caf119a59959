using CampaignFlow.Storage;
using CampaignFlow.Storage.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignFlow.Testing;

/// <summary>A real SQLite file in a fresh temp folder, deleted afterwards.</summary>
public sealed class TempStore : IDisposable, IDbContextFactory<CampaignFlowDbContext>
{
    public TempStore()
    {
        Directory = Path.Combine(Path.GetTempPath(), "cf-store-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Options = new StorageOptions { SqlitePath = Path.Combine(Directory, "campaignflow.db") };
    }

    public string Directory { get; }
    public StorageOptions Options { get; }
    public string FilePath => Options.SqlitePath;

    /// <summary>Creates and migrates a new store; the usual start of a test.</summary>
    public static async Task<TempStore> CreateAsync()
    {
        var store = new TempStore();
        await store.Initializer().InitializeAsync();
        return store;
    }

    public CampaignFlowDbContext Open()
    {
        var builder = new DbContextOptionsBuilder<CampaignFlowDbContext>();
        StorageServiceCollectionExtensions.Configure(builder, Options);
        return new CampaignFlowDbContext(builder.Options);
    }

    public CampaignFlowDbContext CreateDbContext() => Open();

    public StoreInitializer Initializer(StoreReadiness? readiness = null) =>
        new(this, Microsoft.Extensions.Options.Options.Create(Options), new SchemaMigrator(NullLogger<SchemaMigrator>.Instance),
            readiness ?? new StoreReadiness(), NullLogger<StoreInitializer>.Instance);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { /* a file still open by a failing test; the temp folder is cleaned by the OS */ }
        catch (UnauthorizedAccessException) { }
    }
}
