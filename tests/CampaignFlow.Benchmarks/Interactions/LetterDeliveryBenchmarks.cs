using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;
using HandlebarsDotNet;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// 1,000 letters: bare Handlebars.Net render (baseline), the letter plugin alone (PDFsharp's limit on this machine), the plugin
/// alone with the merged print batch (all the outbox asks of the plugin), and the full outbox (claim, render, PDF, record,
/// print batch). PDFs/s = 1,000 / mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LetterDeliveryBenchmarks
{
    private const int Letters = 1000;
    private BenchWorld _world = null!;
    private HandlebarsTemplate<object, object> _bare = null!;
    private Dictionary<string, object?>[] _models = [];
    private GuardedChannel _letter = null!;
    private int _batch;

    [GlobalSetup]
    public void Setup()
    {
        _world = BenchWorld.Create();
        _bare = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true }).Compile(BenchWorld.LetterBody);
        _models = Enumerable.Range(0, Letters).Select(i => new Dictionary<string, object?>
        {
            ["contact"] = new Dictionary<string, object?> { ["name"] = $"Visitor {i + 1}" },
            ["campaign"] = new Dictionary<string, object?> { ["description"] = "Salon FUTURUS" },
            ["salesperson"] = new Dictionary<string, object?> { ["name"] = "Otis Falls" },
        }).ToArray();
        _letter = _world.Plugins.Channels.Single(c => c.Code == "letter");
    }

    [IterationSetup(Target = nameof(DeliverThroughOutbox1000))]
    public void LogLetters()
    {
        var no = _world.CreateSegment(Letters, "BUS", CorrespondenceType.HardCopy);
        _world.Logger.LogAsync(no, new LogSegmentOptions { SendAttachments = true }, "BENCH").GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public int BareHandlebarsRender1000()
    {
        var length = 0;
        foreach (var model in _models) length += _bare(model).Length;
        return length;
    }

    [Benchmark]
    public int LetterPluginAlone1000() => SendDirect(out _);

    /// <summary>The plugin alone doing all the outbox asks of it: the 1,000 letters and then their merged print batch.</summary>
    [Benchmark]
    public int LetterPluginWithPrintBatch1000()
    {
        var delivered = SendDirect(out var batch);
        var merged = _letter.CompleteBatchAsync(batch, CancellationToken.None).GetAwaiter().GetResult();
        return merged.IsDelivered ? delivered : throw new InvalidOperationException(merged.Error);
    }

    private int SendDirect(out string batch)
    {
        batch = "direct-" + (++_batch).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var delivered = 0;
        for (var i = 0; i < Letters; i++)
        {
            var message = new ChannelMessage
            {
                Id = new DeliveryId(900_000 + _batch, (i + 1) * 10000), BatchId = batch, Kind = ChannelKind.HardCopy,
                ContactNo = BenchWorld.ContactNo(i), ContactName = $"Visitor {i + 1}", Subject = "Thank you for visiting our stand", BodyText = _bare(_models[i]),
            };
            if (_letter.SendAsync(message, CancellationToken.None).GetAwaiter().GetResult().IsDelivered) delivered++;
        }

        return delivered;
    }

    [Benchmark]
    public int DeliverThroughOutbox1000() => _world.Delivery.RunUntilEmptyAsync(2).GetAwaiter().GetResult().Delivered;

    [GlobalCleanup]
    public void Cleanup() => _world.Dispose();
}
