using System.Diagnostics;
using System.Globalization;
using CampaignFlow.Channels.Letter;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Outbox;
using PdfSharp.Pdf;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// `-- letters [count] [key=value…]` (default 10,000 lines; settings such as <c>Interactions:SendConcurrency=2</c> override
/// the host's): logs a letter segment of that many lines with Send attachments, delivers it through the outbox to the real
/// letter plugin (one PDF per line, then the print batch), and prints each figure beside the raw baselines taken in the same
/// run: the letter plugin alone, the outbox with a channel that does nothing (its own cost), and bare PDFsharp on every core,
/// in memory and to one file each (before and after the rest), and to files with the plugin's compact fonts (like for like:
/// the plugin draws Latin-script letters from them, see CompactFaces). Every phase first runs on 2,000 letters until the JIT has
/// settled (see WarmUpAsync). Per letter: CPU is the process's CPU time over the phase, KB what the process allocated; then
/// the collections (gen1 counts include gen2), the time they paused the process, and what the JIT compiled during the phase. Peak working set shows the memory bound.
/// </summary>
internal static class LetterProbe
{
    public static async Task RunAsync(string[] args)
    {
        var letters = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        using var world = BenchWorld.Create(settings: args.Skip(1));
        // The same outbox with a channel that does nothing (the test plugin "faulty", behaving): the outbox's own cost.
        using var noOp = BenchWorld.Create(settings: [.. args.Skip(1), "Plugins:faulty:Kind=HardCopy", "Interactions:ResultBatchSize=64"], plugins: ["faulty"]);
        var bare = new BareLetters();
        var bareCompact = new BareLetters(DirectoryFontResolver.CompactFamily);
        await WarmUpAsync(world, noOp, bare, bareCompact);
        var figures = await RunPhasesAsync(world, noOp, bare, bareCompact, letters, "run");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"letters: {letters:N0} lines, {Environment.ProcessorCount} cores"));
        foreach (var figure in figures) Console.WriteLine(figure.Format(letters, figures[2].Time));
        Console.WriteLine("(the ratio compares PDFs/s; on the Log Segment and no-op lines it means nothing)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024:N0} MB"));
    }

    /// <summary>
    /// Runs every phase on 2,000 letters until a round compiles next to nothing. The JIT recompiles hot methods (instrumented,
    /// then optimized) in the background, and only once no new method has been compiled for a while: two rounds left it
    /// compiling for seconds into the measured run, which charged the first phases with the JIT's work.
    /// </summary>
    private static async Task WarmUpAsync(BenchWorld world, BenchWorld noOp, BareLetters bare, BareLetters bareCompact)
    {
        for (var round = 1; round <= 8; round++)
        {
            var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
            var jitTime = System.Runtime.JitInfo.GetCompilationTime();
            await RunPhasesAsync(world, noOp, bare, bareCompact, 2_000, $"warm-up-{round}");
            await Task.Delay(TimeSpan.FromSeconds(1)); // the background recompilation waits for a quiet moment
            jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jitted;
            jitTime = System.Runtime.JitInfo.GetCompilationTime() - jitTime;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up round {round}: JIT compiled {jitted:N0} methods in {jitTime.TotalMilliseconds:N0} ms"));
            if (round >= 2 && jitTime < TimeSpan.FromMilliseconds(100)) return;
        }
    }

    private static async Task<Figure[]> RunPhasesAsync(BenchWorld world, BenchWorld noOp, BareLetters bare, BareLetters bareCompact, int letters, string run)
    {
        var segment = world.CreateSegment(letters, "BUS", CorrespondenceType.HardCopy);
        // Writing a file costs as much as rendering it on this machine, and the cost drifts: ext4 without a journal skips the
        // inodes of recently deleted files, and (perf shows) copying into the page cache is up to 20 times slower while the
        // cache grows into memory the virtual machine has not touched yet. Bare PDFsharp to files runs first and last to show it.
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
        var compactFiles = await MeasureAsync("bare PDFsharp + compact fonts, files", "PDFs/s", () =>
            Task.Run(() => bareCompact.Render(letters, PdfFlateEncodeMode.BestSpeed, Path.Combine(world.Root, "bare-compact-" + run))));
        var noOpSegment = noOp.CreateSegment(letters, "BUS", CorrespondenceType.HardCopy);
        await noOp.Logger.LogAsync(noOpSegment, new LogSegmentOptions { SendAttachments = true }, "BENCH");
        var outboxAlone = await MeasureAsync("outbox -> no-op channel", "sends/s", () => noOp.Delivery.RunUntilEmptyAsync(2));
        var memory = await MeasureAsync("bare PDFsharp, in memory", "PDFs/s", () => Task.Run(() => bare.Render(letters, PdfFlateEncodeMode.BestSpeed)));
        var files = await MeasureAsync("bare PDFsharp, one file each (again)", "PDFs/s", () =>
            Task.Run(() => bare.Render(letters, PdfFlateEncodeMode.BestSpeed, Path.Combine(world.Root, "bare-" + run))));
        return [log, filesFirst, outbox, plugin, compactFiles, outboxAlone, memory, files];
    }

    private static async Task<Figure> MeasureAsync(string name, string unit, Func<Task> phase)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var (gen1, gen2, paused) = (GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
        var start = Stopwatch.GetTimestamp();
        var clock = Stopwatch.StartNew();
        await phase();
        clock.Stop();
        // For `perf record -k CLOCK_MONOTONIC`: the phase's bounds on the same clock (Stopwatch is CLOCK_MONOTONIC in ns on Linux).
        if (Environment.GetEnvironmentVariable("CF_PROBE_MARKS") == "1")
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"mark {name}|{start}|{Stopwatch.GetTimestamp()}"));
        process.Refresh();
        return new Figure(name, unit, clock.Elapsed, process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes() - allocated,
            GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2, GC.GetTotalPauseDuration() - paused, System.Runtime.JitInfo.GetCompiledMethodCount() - jitted,
            System.Runtime.JitInfo.GetCompilationTime() - jitTime);
    }

    private sealed record Figure(string Name, string Unit, TimeSpan Time, TimeSpan Cpu, long Allocated, int Gen1Collections, int Gen2Collections, TimeSpan GcPause, long Jitted, TimeSpan JitTime)
    {
        public string Format(int count, TimeSpan outbox) => string.Create(CultureInfo.InvariantCulture,
            $"{Name,-38} {Time.TotalSeconds,7:F2} s {count / Time.TotalSeconds,9:N0} {Unit,-8} CPU {Cpu.TotalMilliseconds * 1000 / count,6:N0} µs each {Allocated / 1024.0 / count,6:N1} KB each GCs: {Gen1Collections,4} gen1, {Gen2Collections,4} gen2, paused {GcPause.TotalMilliseconds * 1000 / count,4:N0} µs each  JIT {Jitted,5} methods {JitTime.TotalMilliseconds,6:N0} ms   outbox throughput ÷ this {Time / outbox,5:F2}");
    }
}
