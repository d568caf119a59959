using System.Globalization;
using BenchmarkDotNet.Attributes;
using CampaignFlow.Campaigns.Statistics;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Benchmarks.Campaigns;

/// <summary>
/// Statistics of a campaign with 1,000,000 interaction entries (plus 100,000 of another campaign) in a SQLite
/// file; baseline: a hand-written SUM/COUNT aggregate over the same rows on a raw connection.
/// </summary>
public class CampaignStatisticsBenchmarks
{
    private const int Entries = 1_000_000;
    private TempStore _store = null!;
    private CampaignStatisticsService _statistics = null!;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _store = await TempStore.CreateAsync();
        await using var db = _store.Open();
        db.Campaigns.AddRange(CampaignFlow.Domain.Campaigns.Campaign.Create("CP0001", "Big"), CampaignFlow.Domain.Campaigns.Campaign.Create("CP0002", "Other"));
        await db.SaveChangesAsync();
        await BulkInsert.RunAsync(db, async prepare =>
        {
            var entry = prepare("InteractionLogEntries", ["ContactNo", "ContactCompanyNo", "Date", "Time", "Description", "InformationFlow", "InitiatedBy",
                "Cost", "DurationMin", "CampaignNo", "CampaignTarget", "CampaignResponse", "SegmentNo", "CorrespondenceType", "DeliveryStatus", "Canceled", "Postponed"]);
            var start = new DateOnly(2026, 1, 1);
            for (var n = 0; n < Entries + Entries / 10; n++)
            {
                await BulkInsert.ExecuteAsync(entry, "SY" + n.ToString("D8", CultureInfo.InvariantCulture), null, start.AddDays(n % 120), "09:00:00", "Letter", "Outbound", "Us",
                    1.25m + n % 4 * 0.05m, 2.5m, n < Entries ? "CP0001" : "CP0002", n % 3 != 0, n % 10 == 0, "SM" + (n % 5).ToString(CultureInfo.InvariantCulture),
                    n % 2 == 0 ? "Email" : "HardCopy", n % 50 == 0 ? "Error" : "Delivered", n % 97 == 0, n % 89 == 0);
            }
        });
        _statistics = new CampaignStatisticsService(_store);
    }

    [GlobalCleanup]
    public void Cleanup() => _store.Dispose();

    [Benchmark(Baseline = true, Description = "hand-written SQL aggregate")]
    public async Task<long> RawSql()
    {
        await using var db = _store.Open();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = """
            SELECT COUNT(*), SUM("CampaignTarget"), SUM("CampaignResponse"), SUM("Cost"), SUM("DurationMin") FROM "InteractionLogEntries"
            WHERE "CampaignNo" = 'CP0001' AND "Canceled" = 0 AND "Postponed" = 0
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return reader.GetInt64(1);
    }

    [Benchmark(Description = "CampaignStatisticsService.GetAsync")]
    public async Task<int> CampaignFlowStatistics() => (await _statistics.GetAsync("CP0001")).TargetContactsContacted;

    [Benchmark(Description = "CampaignStatisticsService.GetBySegmentAsync")]
    public async Task<int> CampaignFlowBySegment() => (await _statistics.GetBySegmentAsync("CP0001")).Count;

    [Benchmark(Description = "CampaignStatisticsService.GetByChannelAsync")]
    public async Task<int> CampaignFlowByChannel() => (await _statistics.GetByChannelAsync("CP0001")).Count;
}
