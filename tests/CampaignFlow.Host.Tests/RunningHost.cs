using System.Net.Http.Headers;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Demo;
using CampaignFlow.Host.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests;

/// <summary>
/// The real host, started in-process on a free loopback port (Kestrel picks it: port 0) over a fresh
/// SQLite file with the demo data and the demo keys; one per test class.
/// </summary>
public sealed class RunningHost : IAsyncLifetime
{
    private WebApplication? _app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cf-host-" + Guid.NewGuid().ToString("N"));
    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public IReadOnlyDictionary<string, string> Keys { get; private set; } = new Dictionary<string, string>();
    public IServiceProvider Services => _app!.Services;
    public string DatabasePath => Path.Combine(Folder, "campaignflow.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var settings = new HostRunSettings
        {
            Urls = "http://127.0.0.1:0",
            Database = DatabasePath,
            WithDemoData = true,
            Configuration = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" },
        };
        _app = CampaignFlowWebApp.Build(settings);
        await HostRunner.PrepareAsync(_app, settings, CancellationToken.None);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
        Keys = _app.Services.GetRequiredService<DemoApiKeys>().Keys;
    }

    /// <summary>A client with the demo key of <paramref name="role"/>, or with no key at all.</summary>
    public HttpClient Client(string? role = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (role is not null) client.DefaultRequestHeaders.Add("X-Api-Key", Keys[role]);
        return client;
    }

    public HttpClient BearerClient(string key)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public static IReadOnlyList<string> AllRoles => Roles.All;

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}
