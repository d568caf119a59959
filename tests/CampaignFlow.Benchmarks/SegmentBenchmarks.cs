using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Benchmarks;

/// <summary>
/// Segment actions on 1,000,000 contacts (SQLite file), each next to a hand-written SQL baseline in the same
/// run: Add by the PURCHASE rule (≈ 9 % of contacts), Reduce / Refine by PROS, preview count, and undo of a
/// 100,000-line action (both directions: removing 100,000 added lines, restoring 100,000 removed ones).
/// The baselines do only the line work (no criteria, no history, no version claim): the ratio is our overhead.
/// Each baseline asks the same question as the action: Add and its preview count only contacts not yet in the
/// segment (NOT EXISTS on the segment's lines), as the generated SQL does. The preview's SQL is
/// SELECT COUNT(*) FROM Contacts WHERE No IN (codes) AND NOT ExcludeFromSegment AND NOT EXISTS (line);
/// around it the service also checks that the segment exists (one primary-key read) and compiles the rule.
/// Run: dotnet run -c Release --project tests/CampaignFlow.Benchmarks -- --filter '*SegmentBenchmarks*' --job short
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
public class SegmentBenchmarks
{
    private const string LineColumns = "\"SegmentNo\", \"LineNo\", \"ContactNo\", \"ContactCompanyNo\", \"CampaignNo\", \"CampaignTarget\", \"CampaignResponse\", " +
        "\"InteractionTemplateCode\", \"InteractionGroupCode\", \"CostLcy\", \"DurationMin\", \"Date\", \"Subject\", \"Description\", \"SalespersonCode\", " +
        "\"CorrespondenceType\", \"LanguageCode\", \"InformationFlow\", \"InitiatedBy\"";

    // The first 100,000 synthetic contacts (exclusions ignored): exactly 100,000 lines.
    private static readonly ContactFilter First100k = new(
        c => string.Compare(c.No, "SY00100001") < 0, SegmentFilter.Inline("contact.No < \"SY00100001\""));

    private SegmentBenchmarkStore _store = null!;
    private string _segment = "";
    private int _version;
    private int _lastActionNo;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _store = await SegmentBenchmarkStore.OpenAsync();
        _segment = (await _store.Service.CreateAsync(new SegmentHeaderUpdate { Description = "Benchmark" })).No;
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    // ---- Add Contacts (PURCHASE) into an empty segment ----

    [IterationSetup(Targets = [nameof(AddPurchase), nameof(AddPurchaseRawSql), nameof(PreviewAddPurchase), nameof(CountPurchaseRawSql)])]
    public void EmptySegment() => Run(async () =>
    {
        await _store.ClearAsync(_segment);
        _version = await _store.VersionAsync(_segment);
    });

    [Benchmark, BenchmarkCategory("Add")]
    public async Task<int> AddPurchase() => (await _store.Service.AddContactsAsync(_segment, _version, Purchase)).LinesAffected;

    [Benchmark(Baseline = true), BenchmarkCategory("Add")]
    public Task<int> AddPurchaseRawSql() => _store.ExecuteAsync(
        $"INSERT INTO \"SegmentLines\" ({LineColumns}) " +
        $"SELECT '{_segment}', 10000 * ROW_NUMBER() OVER (ORDER BY COALESCE(c.\"CompanyName\", ''), COALESCE(c.\"CompanyNo\", ''), c.\"Type\", c.\"Name\", c.\"No\"), " +
        "c.\"No\", c.\"CompanyNo\", NULL, 0, 0, NULL, NULL, '0.0', '0.0', NULL, NULL, 'Benchmark', c.\"SalespersonCode\", " +
        "CASE WHEN c.\"CorrespondenceType\" = 'None' THEN 'None' ELSE c.\"CorrespondenceType\" END, NULL, 'Outbound', 'Us' " +
        "FROM \"Contacts\" c WHERE c.\"No\" IN (SELECT \"ContactNo\" FROM \"ContactJobResponsibilities\" WHERE \"JobResponsibilityCode\" = 'PURCHASE') " +
        $"AND c.\"ExcludeFromSegment\" = 0 AND {NotInSegment}");

    // ---- Preview count of the same rule ----

    [Benchmark, BenchmarkCategory("Preview")]
    public Task<int> PreviewAddPurchase() => _store.Service.PreviewAsync(_segment, SegmentActionKind.Add, Purchase);

    [Benchmark(Baseline = true), BenchmarkCategory("Preview")]
    public Task<long> CountPurchaseRawSql() => _store.ScalarAsync(
        "SELECT COUNT(*) FROM \"Contacts\" c WHERE c.\"No\" IN (SELECT \"ContactNo\" FROM \"ContactJobResponsibilities\" WHERE \"JobResponsibilityCode\" = 'PURCHASE') " +
        $"AND c.\"ExcludeFromSegment\" = 0 AND {NotInSegment}");

    // Add (and its preview) skips contacts already in the segment, so the hand-written SQL must ask that too
    // (the same probe on the (SegmentNo, ContactNo) index), or it would not be the same query.
    private string NotInSegment =>
        $"NOT EXISTS (SELECT 1 FROM \"SegmentLines\" l WHERE l.\"SegmentNo\" = '{_segment}' AND l.\"ContactNo\" = c.\"No\")";

    // ---- Reduce / Refine (PROS) on a segment holding the PURCHASE contacts ----

    [IterationSetup(Targets = [nameof(ReduceProspects), nameof(ReduceProspectsRawSql), nameof(RefineProspects), nameof(RefineProspectsRawSql)])]
    public void PurchaseSegment() => Run(async () =>
    {
        await _store.ClearAsync(_segment);
        _version = (await _store.Service.AddContactsAsync(_segment, await _store.VersionAsync(_segment), Purchase)).Version;
    });

    [Benchmark, BenchmarkCategory("Reduce")]
    public async Task<int> ReduceProspects() => (await _store.Service.ReduceContactsAsync(_segment, _version, Prospects)).LinesAffected;

    [Benchmark(Baseline = true), BenchmarkCategory("Reduce")]
    public Task<int> ReduceProspectsRawSql() => _store.ExecuteAsync(
        $"DELETE FROM \"SegmentLines\" WHERE \"SegmentNo\" = '{_segment}' AND \"ContactCompanyNo\" IN " +
        "(SELECT \"ContactNo\" FROM \"ContactBusinessRelations\" WHERE \"BusinessRelationCode\" = 'PROS')");

    [Benchmark, BenchmarkCategory("Refine")]
    public async Task<int> RefineProspects() => (await _store.Service.RefineContactsAsync(_segment, _version, Prospects)).LinesAffected;

    [Benchmark(Baseline = true), BenchmarkCategory("Refine")]
    public Task<int> RefineProspectsRawSql() => _store.ExecuteAsync(
        $"DELETE FROM \"SegmentLines\" WHERE \"SegmentNo\" = '{_segment}' AND (\"ContactCompanyNo\" IS NULL OR \"ContactCompanyNo\" NOT IN " +
        "(SELECT \"ContactNo\" FROM \"ContactBusinessRelations\" WHERE \"BusinessRelationCode\" = 'PROS'))");

    // ---- Undo of a 100,000-line Add (deletes 100,000 lines) ----

    [IterationSetup(Targets = [nameof(UndoAdd100k), nameof(UndoAdd100kRawSql)])]
    public void Added100k() => Run(async () =>
    {
        await _store.ClearAsync(_segment);
        var added = await _store.Service.AddContactsAsync(_segment, await _store.VersionAsync(_segment), First100k, new SegmentActionOptions { IgnoreExclusion = true });
        Check(added.LinesAffected);
        (_version, _lastActionNo) = (added.Version, added.ActionNo);
    });

    [Benchmark, BenchmarkCategory("UndoAdd100k")]
    public async Task<int> UndoAdd100k() => Check((await _store.Service.UndoAsync(_segment, _version)).LinesAffected);

    [Benchmark(Baseline = true), BenchmarkCategory("UndoAdd100k")]
    public Task<int> UndoAdd100kRawSql() => _store.ExecuteAsync($"DELETE FROM \"SegmentLines\" WHERE \"SegmentNo\" = '{_segment}' AND \"LineNo\" > 0");

    // ---- Undo of a 100,000-line Reduce (restores 100,000 lines with every field) ----

    [IterationSetup(Targets = [nameof(UndoReduce100k), nameof(UndoReduce100kRawSql)])]
    public void Reduced100k() => Run(async () =>
    {
        await _store.ClearAsync(_segment);
        var added = await _store.Service.AddContactsAsync(_segment, await _store.VersionAsync(_segment), First100k, new SegmentActionOptions { IgnoreExclusion = true });
        var reduced = await _store.Service.ReduceContactsAsync(_segment, added.Version, First100k);
        Check(reduced.LinesAffected);
        (_version, _lastActionNo) = (reduced.Version, reduced.ActionNo);
    });

    [Benchmark, BenchmarkCategory("UndoReduce100k")]
    public async Task<int> UndoReduce100k() => Check((await _store.Service.UndoAsync(_segment, _version)).LinesAffected);

    [Benchmark(Baseline = true), BenchmarkCategory("UndoReduce100k")]
    public Task<int> UndoReduce100kRawSql() => _store.ExecuteAsync(
        $"INSERT INTO \"SegmentLines\" ({LineColumns}) SELECT {LineColumns} FROM \"SegmentHistory\" " +
        $"WHERE \"SegmentNo\" = '{_segment}' AND \"ActionNo\" = {_lastActionNo} AND \"Inserted\" = 0");

    private static readonly SegmentFilter Purchase = SegmentFilter.Rule("Segments.Walkthrough", "Purchase");
    private static readonly SegmentFilter Prospects = SegmentFilter.Rule("Segments.Walkthrough", "Prospects");

    private static int Check(int lines) => lines == 100_000 ? lines : throw new InvalidOperationException($"expected 100,000 lines, got {lines}.");

    private static void Run(Func<Task> work) => work().GetAwaiter().GetResult();
}
