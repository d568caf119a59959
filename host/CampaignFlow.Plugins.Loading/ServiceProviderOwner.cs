using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Plugins.Loading;

/// <summary>Owns a plugin's service provider, so that the catalog disposes it (and the plugin's singletons) exactly once.</summary>
internal sealed class ServiceProviderOwner(ServiceProvider provider) : IDisposable
{
    public IServiceProvider Provider => provider;

    public void Dispose() => provider.Dispose();
}
