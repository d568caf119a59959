using System.Diagnostics;
using System.Net;

namespace CampaignFlow.Host.Bench;

/// <summary>
/// A small closed-loop load generator: N clients each send the next GET as soon as the previous answers,
/// until the request budget or the time budget is spent. Loopback only, so it cannot be pointed at
/// someone else's server.
/// </summary>
public static class ApiLoadGenerator
{
    public const int MaxRequests = 2_000_000;
    public const int MaxConcurrency = 512;
    public static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(5);

    public static async Task<LoadReport> RunAsync(Uri url, string apiKey, int concurrency, int maxRequests, TimeSpan duration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!IsLoopback(url)) throw new ArgumentException($"{url} is not a loopback address; the load generator only targets this machine.", nameof(url));
        concurrency = Math.Clamp(concurrency, 1, MaxConcurrency);
        maxRequests = Math.Clamp(maxRequests, 1, MaxRequests);
        if (duration > MaxDuration) duration = MaxDuration;

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var latencies = new double[maxRequests];
        var issued = -1;
        var errors = 0;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref issued);
                if (index >= maxRequests) return;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseContentRead, stop.Token);
                    if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    latencies[index] = double.NaN;
                    return;
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(workers);
        var elapsed = watch.Elapsed;
        var done = latencies.Take(Math.Min(maxRequests, issued + 1)).Where(l => l > 0 && !double.IsNaN(l)).Order().ToArray();
        if (done.Length == 0) return new LoadReport(0, errors, elapsed, 0, 0, 0, 0);
        double At(double q) => done[Math.Min(done.Length - 1, (int)Math.Ceiling(q * done.Length) - 1)];
        return new LoadReport(done.Length, errors, elapsed, At(0.50), At(0.90), At(0.99), done[^1]);
    }

    public static bool IsLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
