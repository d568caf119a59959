using System.Diagnostics;
using System.Globalization;
using CampaignFlow.Domain;
using CampaignFlow.Storage;
using CampaignFlow.Testing;
using CampaignFlow.Workflows.Hosting;
using CampaignFlow.Workflows.Hosting.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Benchmarks.WorkflowHosting;

/// <summary>
/// Store-backed workflow figures on a real SQLite file, each beside a raw baseline:
/// event transition latency over 10,000 running instances (vs a bare EF ExecuteUpdate), 100,000 tasks from one
/// assignment (vs a bare prepared INSERT of the same rows), 10,000 Quartz timers due in the same minute.
/// Run: <c>dotnet run -c Release --project tests/CampaignFlow.Benchmarks -- workflow-hosting</c>.
/// </summary>
internal static class WorkflowHostingProbe
{
    /// <summary>All three figures, or only the named ones (<c>transitions</c>, <c>tasks</c>, <c>timers</c>).</summary>
    public static async Task RunAsync(IReadOnlyCollection<string>? only = null)
    {
        bool Wanted(string part) => only is null || only.Count == 0 || only.Contains(part);
        if (Wanted("transitions")) await TransitionsAsync(10_000);
        if (Wanted("tasks")) await TasksAsync(100_000);
        if (Wanted("timers")) await TimersAsync(10_000);
    }

    private static async Task TransitionsAsync(int instances)
    {
        using var store = await HostingBenchStore.CreateAsync(instances);
        var runtime = HostingBenchStore.Runtime(store);
        var ids = new List<Guid>(instances);
        for (var i = 1; i <= instances; i++)
        {
            ids.Add((await runtime.StartAsync($"CP{i:D6}", "ping")).Instance!.Id);
        }

        var samples = new List<double>(instances * 2);
        foreach (var (eventName, round) in new[] { ("go", 0), ("back", 1), ("go", 2) })
        {
            foreach (var id in ids)
            {
                var started = Stopwatch.GetTimestamp();
                await runtime.SendEventAsync(id, eventName);
                if (round > 0) samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        var baseline = new List<double>(instances);
        for (var i = 1; i <= instances; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await using var db = store.Open();
            var no = $"CP{i:D6}";
            await db.Campaigns.Where(c => c.No == no).ExecuteUpdateAsync(s => s.SetProperty(c => c.Description, "x"));
            baseline.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        // Second baseline: the same runtime over in-memory doubles (planning, snapshots, no store), same instance count.
        var (memory, _) = CampaignFlow.Benchmarks.Workflows.BenchWorkflowDoubles.CreateRuntime();
        var memoryIds = await CampaignFlow.Benchmarks.Workflows.BenchWorkflowDoubles.StartAsync(memory, instances);
        var inMemory = new List<double>(instances * 2);
        foreach (var (eventName, round) in new[] { ("go", 0), ("back", 1), ("go", 2) })
        {
            foreach (var id in memoryIds)
            {
                var started = Stopwatch.GetTimestamp();
                await memory.SendEventAsync(id, eventName);
                if (round > 0) inMemory.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        Print($"event transition over {instances:N0} instances (SQLite file)", samples);
        Print("baseline: bare EF ExecuteUpdate of one campaign", baseline);
        Print("baseline: the same runtime in memory (no store)", inMemory);
        Console.WriteLine($"  ratio to ExecuteUpdate p99: {Percentile(samples, 0.99) / Percentile(baseline, 0.99):F1}x, mean: {samples.Average() / baseline.Average():F1}x");
        Console.WriteLine($"  load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
    }

    private static async Task TasksAsync(int contacts)
    {
        using var store = await HostingBenchStore.CreateAsync(1);
        await HostingBenchStore.AddSegmentAsync(store, contacts);
        var service = new ActivityService(store);
        var started = Stopwatch.GetTimestamp();
        var result = await service.AssignAsync(new ActivityAssignment("CALL", AssignmentTargetKind.Segment, "SM0001", new DateOnly(2026, 1, 5)));
        var assign = Stopwatch.GetElapsedTime(started);

        // Baseline: the same number of rows with one prepared INSERT of three columns, no lookups, no numbering.
        await using var db = store.Open();
        await db.Database.OpenConnectionAsync();
        started = Stopwatch.GetTimestamp();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            command.CommandText = "INSERT INTO \"Tasks\" (\"No\", \"SalespersonCode\", \"Date\", \"Type\", \"Status\", \"Priority\", \"Description\", \"Closed\", \"Canceled\", \"Recurring\") VALUES (@no, 'SP', '2026-01-12', 'PhoneCall', 'NotStarted', 'Normal', 'Call', 0, 0, 0)";
            var no = command.CreateParameter();
            no.ParameterName = "@no";
            command.Parameters.Add(no);
            await command.PrepareAsync();
            for (var i = 0; i < contacts; i++)
            {
                no.Value = $"RAW{i:D8}";
                await command.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        var raw = Stopwatch.GetElapsedTime(started);
        Console.WriteLine($"{result.TaskCount:N0} tasks from one assignment: {assign.TotalSeconds:F2} s (baseline bare prepared INSERT of {contacts:N0} rows: {raw.TotalSeconds:F2} s, ratio {assign / raw:F1}x)");
    }

    private static async Task TimersAsync(int instances)
    {
        const string tick = """{"id":"tick","version":1,"initial":"A","states":{"A":{"on":[{"after":"0D","to":"B"}]},"B":{"final":true}}}""";
        using var store = await HostingBenchStore.CreateAsync(instances, tick);
        var folder = Path.Combine(store.Directory, "workflows");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "tick.json"), tick);
        var zone = TimeProvider.System.LocalTimeZone;
        var localNow = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone);
        var dueLocal = localNow.AddSeconds(150);
        dueLocal = new DateTimeOffset(dueLocal.Year, dueLocal.Month, dueLocal.Day, dueLocal.Hour, dueLocal.Minute, 0, dueLocal.Offset);
        if (dueLocal.Date != localNow.Date)
        {
            Console.WriteLine("timers: skipped (too close to midnight for a same-day due minute); run again");
            return;
        }

        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = store.FilePath,
            ["Workflows:DefinitionsPath"] = folder,
            ["Workflows:TimerTimeOfDay"] = dueLocal.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
            ["Workflows:Hosting:IdleWaitTime"] = "00:00:01",
            ["Workflows:Hosting:DueTaskEvent"] = "",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCampaignFlowStorage(builder.Configuration);
        builder.Services.AddCampaignFlowWorkflowHosting(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var workflows = host.Services.GetRequiredService<WorkflowService>();
        var started = Stopwatch.GetTimestamp();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = Interlocked.Increment(ref next); i <= instances; i = Interlocked.Increment(ref next))
            {
                await workflows.StartAsync($"CP{i:D6}", "tick");
            }
        })));
        Console.WriteLine($"{instances:N0} instances started, their timers armed for {dueLocal:HH:mm:ss} in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s");
        var fired = 0;
        DateTimeOffset lastChange = DateTimeOffset.UtcNow;
        DateTimeOffset? firstChange = null;
        while (DateTimeOffset.UtcNow < dueLocal.AddSeconds(180))
        {
            await using var db = store.Open();
            var count = await db.WorkflowInstances.CountAsync(i => i.State == "B");
            if (count != fired)
            {
                if (fired == 0) firstChange = DateTimeOffset.UtcNow;
                fired = count;
                lastChange = DateTimeOffset.UtcNow;
            }

            if (fired == instances) break;
            await Task.Delay(250);
        }

        var lateness = lastChange - dueLocal;
        Console.WriteLine($"{fired:N0}/{instances:N0} timers due at {dueLocal:HH:mm:ss} fired; the first seen {((firstChange ?? lastChange) - dueLocal).TotalSeconds:F1} s, the last {lateness.TotalSeconds:F1} s after the due time (target < 60 s; polled every 250 ms)");
        Console.WriteLine($"  load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
        await host.StopAsync();
    }

    private static void Print(string what, List<double> samples) =>
        Console.WriteLine($"{what}: n={samples.Count:N0} mean {samples.Average():F3} ms, p50 {Percentile(samples, 0.5):F3} ms, p95 {Percentile(samples, 0.95):F3} ms, p99 {Percentile(samples, 0.99):F3} ms, max {samples.Max():F3} ms");

    private static double Percentile(List<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
