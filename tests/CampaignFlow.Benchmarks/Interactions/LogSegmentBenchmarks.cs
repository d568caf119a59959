using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Interactions.Logging;
using Microsoft.Data.Sqlite;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// Logging a 100,000-line segment with Send attachments (100,000 interaction entries + 100,000 outbox rows + campaign entry,
/// segment removed) beside a bare SQLite baseline: 100,000 prepared inserts of an interaction-like row in one transaction.
/// Records/s = 100,000 / mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class LogSegmentBenchmarks
{
    private const int Lines = 100_000;
    private BenchWorld _world = null!;
    private string _segmentNo = "";
    private string _rawFile = "";

    [GlobalSetup]
    public void Setup()
    {
        _world = BenchWorld.Create();
        _rawFile = Path.Combine(_world.Store.Directory, "raw.db");
    }

    [IterationSetup(Target = nameof(LogSegment100k))]
    public void CreateSegment() => _segmentNo = _world.CreateSegment(Lines, "BUS", CorrespondenceType.HardCopy);

    [Benchmark(Baseline = true)]
    public int RawSqliteInsert100k()
    {
        using var connection = new SqliteConnection($"Data Source={_rawFile};Pooling=false");
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE IF NOT EXISTS E (No INTEGER PRIMARY KEY, ContactNo TEXT, Date TEXT, Description TEXT, Campaign TEXT, Cost TEXT, Status TEXT, Language TEXT)";
            pragma.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO E (ContactNo, Date, Description, Campaign, Cost, Status, Language) VALUES ($c, '2026-01-20', 'Benchmark visitors', 'CP0001', '1.5', 'InProgress', 'EN') RETURNING No";
        var contact = insert.CreateParameter();
        contact.ParameterName = "$c";
        insert.Parameters.Add(contact);
        insert.Prepare();
        var last = 0L;
        for (var i = 0; i < Lines; i++)
        {
            contact.Value = BenchWorld.ContactNo(i % 1000);
            last = (long)insert.ExecuteScalar()!;
        }

        transaction.Commit();
        return (int)last;
    }

    [Benchmark]
    public int LogSegment100k() =>
        _world.Logger.LogAsync(_segmentNo, new LogSegmentOptions { SendAttachments = true }, "BENCH").GetAwaiter().GetResult().InteractionCount;

    [GlobalCleanup]
    public void Cleanup() => _world.Dispose();
}
