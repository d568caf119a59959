namespace CampaignFlow.Host.Bench;

/// <summary>What a load run measured; latencies in milliseconds.</summary>
public sealed record LoadReport(int Requests, int Errors, TimeSpan Elapsed, double P50, double P90, double P99, double Max)
{
    public double RequestsPerSecond => Requests / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public override string ToString() =>
        $"{Requests:N0} requests in {Elapsed.TotalSeconds:F1} s = {RequestsPerSecond:N0} req/s; errors {Errors}; latency ms p50 {P50:F2}, p90 {P90:F2}, p99 {P99:F2}, max {Max:F2}";
}
