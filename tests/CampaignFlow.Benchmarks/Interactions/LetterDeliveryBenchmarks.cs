using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CampaignFlow.Channels.Letter;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Plugins.Loading;
using PdfSharp.Pdf;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// 1,000 letters: bare Handlebars.Net render (baseline), bare PDFsharp drawing the same letters in memory on every core (the
/// machine's PDFsharp limit), the letter plugin alone on every core with and without the print batch (all the outbox asks of
/// the plugin), and the full outbox (claim, render, PDF file, record, print batch). PDFs/s = 1,000 / mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class LetterDeliveryBenchmarks
{
    private const int Letters = 1000;
    private BenchWorld _world = null!;
    private BareLetters _bareLetters = null!;
    private Dictionary<string, object?>[] _models = [];
    private GuardedChannel _letter = null!;
    private int _batch;

    [GlobalSetup]
    public void Setup()
    {
        _world = BenchWorld.Create();
        _bareLetters = new BareLetters();
        _models = Enumerable.Range(0, Letters).Select(BareLetters.Model).ToArray();
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
        foreach (var model in _models) length += _bareLetters.Body(model).Length;
        return length;
    }

    /// <summary>PDFsharp alone (see <see cref="BareLetters"/>), compressed as the letter channel compresses by default.</summary>
    [Benchmark]
    public long BarePdfSharpAllCores1000() => _bareLetters.Render(Letters, PdfFlateEncodeMode.BestSpeed);

    /// <summary>The same with PDFsharp's default compression (<see cref="LetterCompression.Balanced"/>).</summary>
    [Benchmark]
    public long BarePdfSharpDefaultCompressionAllCores1000() => _bareLetters.Render(Letters, PdfFlateEncodeMode.Default);

    /// <summary>The same, each PDF then written to a new file of its own: the machine's limit for one file per letter.</summary>
    [Benchmark]
    public long BarePdfSharpToFilesAllCores1000() =>
        _bareLetters.Render(Letters, PdfFlateEncodeMode.BestSpeed, Path.Combine(_world.Root, "bare-" + (++_batch).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Benchmark]
    public int LetterPluginAlone1000() => SendDirect(out _);

    /// <summary>The plugin alone, on every core, doing all the outbox asks of it: the 1,000 letters and then their merged print batch.</summary>
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
        return DirectLetters.SendAsync(_letter, _bareLetters, Letters, 900_000 + _batch, batch).GetAwaiter().GetResult();
    }

    [Benchmark]
    public int DeliverThroughOutbox1000() => _world.Delivery.RunUntilEmptyAsync(2).GetAwaiter().GetResult().Delivered;

    [GlobalCleanup]
    public void Cleanup() => _world.Dispose();
}
