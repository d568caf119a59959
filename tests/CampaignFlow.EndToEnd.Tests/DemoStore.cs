using CampaignFlow.Testing;

namespace CampaignFlow.EndToEnd.Tests;

/// <summary>
/// A folder whose data/campaignflow.db holds the demo data (status codes, CP0001): made once per test class by starting
/// `campaignflow demo` until it listens, then stopping it, so the verbs under test work on a real store.
/// </summary>
public sealed class DemoStore : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cf-e2e-wf-").FullName;

    public string Database => Path.Combine(Folder, "data", "campaignflow.db");

    /// <summary>The rules and workflows shipped beside the executable.</summary>
    public static string Shipped(string folder) => Path.Combine(Path.GetDirectoryName(HostProcess.HostDll)!, folder);

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        await using var demo = HostProcess.Start(Folder, "demo", "--urls", $"http://127.0.0.1:{port}");
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (!demo.Output.Contains("is listening on", StringComparison.Ordinal))
        {
            if (demo.HasExited || DateTime.UtcNow > deadline) throw new InvalidOperationException("the demo host did not start:\n" + demo.Output);
            await Task.Delay(250);
        }
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
        return Task.CompletedTask;
    }
}
