using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignFlow.Plugins.Loading;

/// <summary>Registers the plugin loader in the host.</summary>
public static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PluginOptions"/> (section <c>Plugins</c>), <see cref="PluginCatalog"/>, <see cref="PluginRegistry"/>,
    /// <see cref="ChannelRouter"/> (all singletons) and a hosted service that loads the plugins at start.
    /// Register the host services plugins may use (<c>IPhoneTaskService</c>, <c>IInteractionOutcomeRecorder</c>) as singletons.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The host configuration.</param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddCampaignFlowPlugins(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<PluginOptions>()
            .Bind(configuration.GetSection(PluginOptions.SectionName))
            .Validate(options => !string.IsNullOrWhiteSpace(options.Path), "Plugins:Path must not be empty.")
            .Validate(options => options.SendTimeout > TimeSpan.Zero && options.BatchTimeout > TimeSpan.Zero, "Plugins:SendTimeout and Plugins:BatchTimeout must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(configuration);
        services.TryAddSingleton<PluginCatalog>();
        services.TryAddSingleton(provider => provider.GetRequiredService<PluginCatalog>().Registry);
        services.TryAddSingleton<ChannelRouter>();
        services.AddHostedService<PluginLoadingService>();
        return services;
    }
}
