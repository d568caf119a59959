using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampaignFlow.Plugins.Loading;

/// <summary>Loads the plugins when the host starts, so that load errors appear in the log at once rather than at the first delivery.</summary>
internal sealed class PluginLoadingService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<PluginCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
