using CampaignFlow.Domain;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Segments;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Storage;
using CampaignFlow.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Benchmarks;

/// <summary>
/// A store with 1,000,000 synthetic contacts for the segment benchmarks. Seeding takes a while, so the seeded
/// file is kept in the temp folder and copied for each benchmark process (BenchmarkDotNet runs one per case).
/// </summary>
internal sealed class SegmentBenchmarkStore : IDisposable
{
    public const int Contacts = 1_000_000;
    private static readonly string TemplatePath = Path.Combine(Path.GetTempPath(), $"cf-bench-segments-{Contacts}-v3.db");

    private SegmentBenchmarkStore(TempStore store)
    {
        Store = store;
        var rules = RuleFileLoader.Load(Path.Combine(AppContext.BaseDirectory, "rules", "segments", "segment-walkthrough.json"));
        var compiler = new RulesContactFilterCompiler(new RuleFilterCompiler(new RulesOptions()), new SegmentRuleCatalog(rules.Workflows));
        Service = new SegmentService(store, compiler, TimeProvider.System, Microsoft.Extensions.Options.Options.Create(new SegmentsOptions()));
    }

    public TempStore Store { get; }
    public SegmentService Service { get; }

    public static async Task<SegmentBenchmarkStore> OpenAsync()
    {
        if (!File.Exists(TemplatePath)) await SeedTemplateAsync();
        var store = new TempStore();
        File.Copy(TemplatePath, store.FilePath);
        return new SegmentBenchmarkStore(store);
    }

    private static async Task SeedTemplateAsync()
    {
        using var seed = await TempStore.CreateAsync();
        await using (var db = seed.Open())
        {
            db.NumberSeries.Add(new NumberSeries { Code = NumberSeries.Segments, Prefix = "SM", Digits = 4 });
            await db.SaveChangesAsync();
            await new SyntheticContactSeeder(db).SeedAsync(Contacts);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        }
        SqliteConnection.ClearAllPools();
        var partial = TemplatePath + ".partial";
        File.Copy(seed.FilePath, partial, overwrite: true);
        File.Move(partial, TemplatePath, overwrite: true);
    }

    /// <summary>Empties a segment (lines, criteria, history) with plain SQL and checkpoints the WAL, between iterations.</summary>
    public async Task ClearAsync(string segmentNo)
    {
        await using var db = Store.Open();
        await db.SegmentLines.Where(l => l.SegmentNo == segmentNo).ExecuteDeleteAsync();
        await db.SegmentHistory.Where(h => h.SegmentNo == segmentNo).ExecuteDeleteAsync();
        await db.SegmentCriteriaActions.Where(a => a.SegmentNo == segmentNo).ExecuteDeleteAsync();
        // Fold the write-ahead log into the file: otherwise the case that runs right after the Add cases reads
        // through a WAL full of their inserts and deletes, and pays for them (order, not the query, decided).
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
    }

    public async Task<int> VersionAsync(string segmentNo)
    {
        await using var db = Store.Open();
        return await db.Segments.Where(s => s.No == segmentNo).Select(s => s.Version).SingleAsync();
    }

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var db = Store.Open();
        return await db.Database.ExecuteSqlRawAsync(sql);
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var db = Store.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Store.Dispose();
}
