using System.CommandLine;
using System.Text.Json;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Bench;
using CampaignFlow.Host.Demo;
using CampaignFlow.Host.Web;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow bench api|import`: the figures of issue 8's performance goals, bounded in count and time.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure API throughput/latency and CSV import speed (loopback only, bounded).");
        bench.Subcommands.Add(ApiVerb());
        bench.Subcommands.Add(ImportVerb());
        return bench;
    }

    private static Command ApiVerb()
    {
        var url = new Option<string?>("--url") { Description = "A running CampaignFlow on loopback (default: start one on a temporary demo store)." };
        var key = new Option<string?>("--key") { Description = "API key for --url (default: the temporary store's viewer key)." };
        var path = new Option<string>("--path") { Description = "What to GET.", DefaultValueFactory = _ => "/api/campaigns/CP0001" };
        var concurrency = new Option<int>("--concurrency") { Description = "Concurrent clients (1-512).", DefaultValueFactory = _ => 50 };
        var seconds = new Option<int>("--seconds") { Description = "Time budget of the measured run (1-300).", DefaultValueFactory = _ => 20 };
        var requests = new Option<int>("--requests") { Description = "Request budget of the measured run (up to 2,000,000).", DefaultValueFactory = _ => 500_000 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        concurrency.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > ApiLoadGenerator.MaxConcurrency) r.AddError("--concurrency must be 1 to 512."); });
        seconds.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 300) r.AddError("--seconds must be 1 to 300."); });
        requests.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > ApiLoadGenerator.MaxRequests) r.AddError("--requests must be 1 to 2,000,000."); });
        var command = new Command("api", "Closed-loop GET load against the real server on loopback; prints req/s and latency percentiles.")
            { url, key, path, concurrency, seconds, requests, json };
        command.SetAction(async (result, ct) =>
        {
            var text = result.GetValue(url);
            Uri? target = null;
            if (text is not null && !Uri.TryCreate(text, UriKind.Absolute, out target))
            {
                await Console.Error.WriteLineAsync($"campaignflow: --url '{text}' is not an absolute URL.");
                return ExitCodes.Usage;
            }
            if (target is not null && !ApiLoadGenerator.IsLoopback(target))
            {
                await Console.Error.WriteLineAsync($"campaignflow: {target} is not a loopback address; bench only targets this machine.");
                return ExitCodes.Usage;
            }
            if (target is not null && result.GetValue(key) is null)
            {
                await Console.Error.WriteLineAsync("campaignflow: --key is required with --url.");
                return ExitCodes.Usage;
            }
            await using var own = target is null ? await OwnServer.StartAsync(ct) : null;
            var baseUrl = target ?? own!.BaseUrl;
            var apiKey = result.GetValue(key) ?? own!.ViewerKey;
            var full = new Uri(baseUrl, result.GetValue(path));
            // Warm-up: JIT, connection pool, SQLite page cache.
            await ApiLoadGenerator.RunAsync(full, apiKey, result.GetValue(concurrency), 20_000, TimeSpan.FromSeconds(3), ct);
            var report = await ApiLoadGenerator.RunAsync(full, apiKey, result.GetValue(concurrency), result.GetValue(requests), TimeSpan.FromSeconds(result.GetValue(seconds)), ct);
            Console.WriteLine(result.GetValue(json)
                ? JsonSerializer.Serialize(new { url = full, concurrency = result.GetValue(concurrency), report.Requests, report.Errors, seconds = report.Elapsed.TotalSeconds, report.RequestsPerSecond, report.P50, report.P90, report.P99, report.Max })
                : $"GET {full} with {result.GetValue(concurrency)} clients: {report}");
            return report.Errors == 0 ? ExitCodes.Ok : ExitCodes.StoreFailure;
        });
        return command;
    }

    private static Command ImportVerb()
    {
        var contacts = new Option<int>("--contacts") { Description = "Rows in the generated CSV (1,000-2,000,000).", DefaultValueFactory = _ => 1_000_000 };
        contacts.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1_000 or > 2_000_000) r.AddError("--contacts must be 1,000 to 2,000,000."); });
        var command = new Command("import", "Generate a contact CSV, import it (twice: the second run updates), and compare with a raw CsvHelper + INSERT baseline.") { contacts };
        command.SetAction(async (result, ct) =>
        {
            var count = result.GetValue(contacts);
            var folder = Directory.CreateTempSubdirectory("cf-bench-import-").FullName;
            try
            {
                var csv = Path.Combine(folder, "contacts.csv");
                var watch = System.Diagnostics.Stopwatch.StartNew();
                await ImportBenchmark.WriteCsvAsync(csv, count);
                Console.WriteLine($"Generated {count:N0} rows ({new FileInfo(csv).Length / 1024.0 / 1024.0:F0} MB) in {watch.Elapsed.TotalSeconds:F1} s.");
                var first = await WithStoreAsync(Path.Combine(folder, "import.db"), db => ImportBenchmark.ImportAsync(db, csv), ct);
                Console.WriteLine($"CampaignFlow import:   {first.Imported:N0} imported, {first.RejectedCount} rejected in {first.Elapsed.TotalSeconds:F1} s ({first.Imported / first.Elapsed.TotalSeconds:N0} rows/s)");
                var again = await WithStoreAsync(Path.Combine(folder, "import.db"), db => ImportBenchmark.ImportAsync(db, csv), ct);
                Console.WriteLine($"Re-import (upserts):   {again.Imported:N0} imported, {again.RejectedCount} rejected in {again.Elapsed.TotalSeconds:F1} s ({again.Imported / again.Elapsed.TotalSeconds:N0} rows/s)");
                var raw = await WithStoreAsync(Path.Combine(folder, "raw.db"), db => ImportBenchmark.RawBaselineAsync(db, csv), ct);
                Console.WriteLine($"Raw baseline (CsvHelper + bare INSERT): {raw.TotalSeconds:F1} s ({count / raw.TotalSeconds:N0} rows/s)");
                Console.WriteLine($"Ratio CampaignFlow / raw: {first.Elapsed.TotalSeconds / raw.TotalSeconds:F2}");
                return ExitCodes.Ok;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
        });
        return command;
    }

    private static async Task<T> WithStoreAsync<T>(string database, Func<CampaignFlowDbContext, Task<T>> work, CancellationToken ct)
    {
        var settings = new HostRunSettings { Database = database, WithDemoData = true, Configuration = Quiet };
        await using var app = CampaignFlowWebApp.Build(settings);
        await HostRunner.PrepareAsync(app, settings, ct);
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>());
    }

    private static readonly Dictionary<string, string?> Quiet = new() { ["Logging:LogLevel:Default"] = "Warning" };

    /// <summary>A server on a temporary demo store and a free loopback port, removed afterwards.</summary>
    private sealed class OwnServer : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly string _folder;

        private OwnServer(WebApplication app, string folder, Uri baseUrl, string viewerKey) => (_app, _folder, BaseUrl, ViewerKey) = (app, folder, baseUrl, viewerKey);

        public Uri BaseUrl { get; }
        public string ViewerKey { get; }

        public static async Task<OwnServer> StartAsync(CancellationToken ct)
        {
            var folder = Directory.CreateTempSubdirectory("cf-bench-api-").FullName;
            var settings = new HostRunSettings { Database = Path.Combine(folder, "bench.db"), Urls = "http://127.0.0.1:0", WithDemoData = true, Configuration = Quiet };
            var app = CampaignFlowWebApp.Build(settings);
            await HostRunner.PrepareAsync(app, settings, ct);
            await app.StartAsync(ct);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            return new OwnServer(app, folder, new Uri(address), app.Services.GetRequiredService<DemoApiKeys>().Keys[Roles.Viewer]);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
