using CampaignFlow.Testing;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>A migrated SQLite file with seed 001 and a private copy of the shipped workflows.</summary>
public sealed class SeededStore : IDisposable
{
    private SeededStore(TempStore store, string definitions)
    {
        Store = store;
        DefinitionsPath = definitions;
    }

    public TempStore Store { get; }

    public string DefinitionsPath { get; }

    public RecordingPricing Pricing { get; } = new();

    public FollowUpSegmentLogger Segments { get; } = new();

    public SharedClock Clock { get; } = new(new DateTimeOffset(2026, 1, 2, 9, 0, 0, TimeSpan.Zero));

    public static async Task<SeededStore> CreateAsync(int contacts = 5)
    {
        var store = await TempStore.CreateAsync();
        await using (var db = store.Open())
        {
            await Seed001.SeedAsync(db, contacts);
        }

        var definitions = Path.Combine(store.Directory, "workflows");
        Directory.CreateDirectory(definitions);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "workflows"), "*.json"))
        {
            File.Copy(file, Path.Combine(definitions, Path.GetFileName(file)));
        }

        return new SeededStore(store, definitions);
    }

    public Task<WorkflowTestHost> StartHostAsync() => WorkflowTestHost.StartAsync(Store.Options, DefinitionsPath, Clock, Pricing, Segments);

    public void Dispose() => Store.Dispose();
}
