using System.Diagnostics;
using System.Globalization;

namespace CampaignFlow.Benchmarks.Workflows;

/// <summary>
/// Per-transition latency (mean, p50, p99, max) over 10,000 in-memory instances, which BenchmarkDotNet's
/// per-iteration statistics cannot give. Run: <c>dotnet run -c Release --project tests/CampaignFlow.Benchmarks -- workflow-latency</c>.
/// </summary>
internal static class WorkflowLatencyProbe
{
    public static async Task RunAsync(int instances = 10_000, int rounds = 6)
    {
        var (runtime, _) = BenchWorkflowDoubles.CreateRuntime();
        var ids = await BenchWorkflowDoubles.StartAsync(runtime, instances);

        // Warm-up round (JIT, tiering), not measured.
        foreach (var id in ids)
        {
            await runtime.SendEventAsync(id, "go");
        }

        var samples = new double[instances * rounds];
        var n = 0;
        for (var round = 0; round < rounds; round++)
        {
            var eventName = round % 2 == 0 ? "back" : "go";
            foreach (var id in ids)
            {
                var started = Stopwatch.GetTimestamp();
                await runtime.SendEventAsync(id, eventName);
                samples[n++] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }

        Array.Sort(samples);
        double Percentile(double p) => samples[Math.Min(samples.Length - 1, (int)Math.Ceiling(p * samples.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"workflow event transition over {instances:N0} instances, {samples.Length:N0} transitions: mean {samples.Average():F4} ms, p50 {Percentile(0.50):F4} ms, p99 {Percentile(0.99):F4} ms, max {samples[^1]:F4} ms"));
    }
}
