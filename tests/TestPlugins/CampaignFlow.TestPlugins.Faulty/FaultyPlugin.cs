using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.TestPlugins.Faulty;

/// <summary>Registers options; the channel and action are found by the loader's type scan.</summary>
public sealed class FaultyPlugin : IPlugin
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[nameof(FaultyOptions.Mode)] == nameof(FaultMode.ThrowInConfigure))
        {
            throw new InvalidOperationException("faulty plugin refuses to configure");
        }

        services.AddPluginOptions<FaultyOptions>(configuration);
    }
}
