using System.Diagnostics;
using System.Globalization;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Outbox;
using PdfSharp.Pdf;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// `-- letters [count]` (default 10,000): logs a letter segment of that many lines with Send attachments, delivers it through
/// the outbox to the real letter plugin (one PDF per line, then the print batch), and prints each figure beside the raw
/// baselines taken in the same run: the letter plugin alone, and bare PDFsharp on every core, in memory and to one file
/// each (before and after the rest). Every phase runs twice on 2,000 letters first, so the measured run is past the JIT's tiering. CPU is the process's
/// CPU time over the phase; peak working set shows the memory bound.
/// </summary>
internal static class LetterProbe
{
    public static async Task RunAsync(string[] args)
    {
        var letters = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        using var world = BenchWorld.Create();
        var bare = new BareLetters();
        // Twice: the JIT promotes methods to optimized code only once no new method has been compiled for a while.
        await RunPhasesAsync(world, bare, 2_000, "warm-up-1");
        await RunPhasesAsync(world, bare, 2_000, "warm-up-2");
        var figures = await RunPhasesAsync(world, bare, letters, "run");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"letters: {letters:N0} lines, {Environment.ProcessorCount} cores"));
        foreach (var figure in figures) Console.WriteLine(figure.Format(letters, figures[2].Time));
        Console.WriteLine("(the ratio compares PDFs/s; on the Log Segment line it means nothing)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB"));
    }

    private static async Task<Figure[]> RunPhasesAsync(BenchWorld world, BareLetters bare, int letters, string run)
    {
        var segment = world.CreateSegment(letters, "BUS", CorrespondenceType.HardCopy);
        // Creating a file costs as much as rendering it on this file system, and more while recently deleted files are
        // around (ext4 without a journal skips their inodes): bare PDFsharp to files runs first and last to show the drift.
        var filesFirst = await MeasureAsync("bare PDFsharp, one file each", "PDFs/s", () =>
            Task.Run(() => bare.Render(letters, PdfFlateEncodeMode.BestSpeed, Path.Combine(world.Root, "bare-first-" + run))));
        LogSegmentResult? logged = null;
        var log = await MeasureAsync("Log Segment (records)", "lines/s", async () =>
            logged = await world.Logger.LogAsync(segment, new LogSegmentOptions { SendAttachments = true }, "BENCH"));
        var outbox = await MeasureAsync("outbox -> letter plugin", "PDFs/s", () => world.Delivery.RunUntilEmptyAsync(2));
        var printFiles = Directory.GetFiles(Path.Combine(world.Root, "letters"), $"{DeliveryBatchIds.For(logged!.LoggedSegmentEntryNo)}.print-*.pdf").Length;
        if (printFiles != (letters + 999) / 1000) throw new InvalidOperationException($"{printFiles} print files for {letters} letters");

        var channel = world.Plugins.Channels.Single(c => c.Code == "letter");
        var batch = "plugin-alone-" + run;
        var plugin = await MeasureAsync("letter plugin alone (+ print)", "PDFs/s", async () =>
        {
            await DirectLetters.SendAsync(channel, bare, letters, 999_999, batch);
            await channel.CompleteBatchAsync(batch, CancellationToken.None);
        });
        var memory = await MeasureAsync("bare PDFsharp, in memory", "PDFs/s", () => Task.Run(() => bare.Render(letters, PdfFlateEncodeMode.BestSpeed)));
        var files = await MeasureAsync("bare PDFsharp, one file each (again)", "PDFs/s", () =>
            Task.Run(() => bare.Render(letters, PdfFlateEncodeMode.BestSpeed, Path.Combine(world.Root, "bare-" + run))));
        return [log, filesFirst, outbox, plugin, memory, files];
    }

    private static async Task<Figure> MeasureAsync(string name, string unit, Func<Task> phase)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var start = Stopwatch.GetTimestamp();
        var clock = Stopwatch.StartNew();
        await phase();
        clock.Stop();
        // For `perf record -k CLOCK_MONOTONIC`: the phase's bounds on the same clock (Stopwatch is CLOCK_MONOTONIC in ns on Linux).
        if (Environment.GetEnvironmentVariable("CF_PROBE_MARKS") == "1")
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mark {name}|{start}|{Stopwatch.GetTimestamp()}"));
        process.Refresh();
        return new Figure(name, unit, clock.Elapsed, process.TotalProcessorTime - cpu);
    }

    private sealed record Figure(string Name, string Unit, TimeSpan Time, TimeSpan Cpu)
    {
        public string Format(int count, TimeSpan outbox) => string.Create(CultureInfo.InvariantCulture,
            $"{Name,-38} {Time.TotalSeconds,7:F2} s {count / Time.TotalSeconds,9:N0} {Unit,-8} CPU {Cpu.TotalMilliseconds * 1000 / count,6:N0} µs each   outbox throughput ÷ this {Time / outbox,5:F2}");
    }
}
