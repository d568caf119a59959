using System.Net;
using System.Text.Json;
using CampaignFlow.Testing;

namespace CampaignFlow.EndToEnd.Tests;

public sealed class HostStartupTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cf-e2e-").FullName;
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task Demo_serves_the_demo_data_and_reports_healthy()
    {
        var port = FreePort.Next();
        await using var host = HostProcess.Start(_dir, "demo", "--urls", $"http://127.0.0.1:{port}");

        var health = await WaitForHealthAsync(host, port);

        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Contains($"CampaignFlow is listening on http://127.0.0.1:{port}", host.Output, StringComparison.Ordinal);
        Assert.Contains("Demo data created", host.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir, "data", "campaignflow.db")), "the embedded store lives in ./data");
    }

    [Fact]
    public async Task A_second_demo_start_reuses_the_store()
    {
        var port = FreePort.Next();
        await using (var first = HostProcess.Start(_dir, "demo", "--urls", $"http://127.0.0.1:{port}"))
            await WaitForHealthAsync(first, port);
        await using var second = HostProcess.Start(_dir, "demo", "--urls", $"http://127.0.0.1:{port}");
        await WaitForHealthAsync(second, port);
        Assert.Contains("Reusing the existing data", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_gives_a_clear_error_and_exit_code_3()
    {
        var bad = Path.Combine(_dir, "notes.db");
        await File.WriteAllTextAsync(bad, new string('x', 4096));
        await using var host = HostProcess.Start(_dir, "serve", "--database", bad, "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        var exit = await host.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(3, exit);
        Assert.Contains($"campaignflow: The file {bad} is not a CampaignFlow database", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_adds_synthetic_contacts_and_says_how_fast()
    {
        await using var host = HostProcess.Start(_dir, "seed", "--contacts", "2000");
        Assert.Equal(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(120)));
        Assert.Contains("Added 2,000 contacts", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_refuses_a_silly_count()
    {
        await using var host = HostProcess.Start(_dir, "seed", "--contacts", "0");
        Assert.NotEqual(0, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("--contacts must be between 1 and 10,000,000", host.Output, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> WaitForHealthAsync(HostProcess host, int port)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(host.HasExited, "the host stopped early:\n" + host.Output);
            try
            {
                using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException("no healthy /health within 90 s:\n" + host.Output);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
