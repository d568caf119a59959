using CampaignFlow.Storage;
using CampaignFlow.Testing;
using CampaignFlow.Workflows.Hosting.Actions;
using CampaignFlow.Workflows.Hosting.Timers;
using CampaignFlow.Workflows.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>
/// A real generic host over a real SQLite file (or a PostgreSQL database): the workflow hosting as the product wires it,
/// Quartz running with its job store in that database, and one fake clock shared by the runtime and Quartz.
/// Disposing it and building another on the same store is a host restart.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private WorkflowTestHost(IHost host) => Host = host;

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public WorkflowService Workflows => Services.GetRequiredService<WorkflowService>();

    public WorkflowTimerFirings Firings => Services.GetRequiredService<WorkflowTimerFirings>();

    public static async Task<WorkflowTestHost> StartAsync(StorageOptions storage, string definitionsPath, TimeProvider clock, RecordingPricing pricing, ISegmentLogger segments, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = storage.Provider.ToString(),
            ["Storage:SqlitePath"] = storage.SqlitePath,
            ["Storage:ConnectionString"] = storage.ConnectionString,
            ["Workflows:DefinitionsPath"] = definitionsPath,
            ["Workflows:Hosting:IdleWaitTime"] = "00:00:01",
            ["Workflows:Hosting:MisfireThreshold"] = "00:00:05",
            ["Workflows:Hosting:DueTaskEvent"] = "",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var builder = new HostApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton<ICampaignPricing>(pricing);
        builder.Services.AddSingleton(segments);
        builder.Services.AddCampaignFlowStorage(builder.Configuration);
        builder.Services.AddCampaignFlowWorkflowHosting(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new WorkflowTestHost(host);
    }

    /// <summary>Polls the store until the instance satisfies <paramref name="condition"/> (Quartz fires on its own thread).</summary>
    public async Task<WorkflowInstance> WaitForAsync(Guid instanceId, Func<WorkflowInstance, bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var instance = await Workflows.GetAsync(instanceId);
            if (instance is not null && condition(instance)) return instance;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"instance {instanceId} did not reach: {what} (state {instance?.State}, timers {instance?.Timers.Count})");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }
}
