using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Plugins.Abstractions;

/// <summary>Helpers for <see cref="IPlugin.ConfigureServices"/>.</summary>
public static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> from the plugin's configuration section and registers it as
    /// <see cref="IOptions{TOptions}"/>; an invalid value surfaces as an error of this plugin when its channels are created.
    /// </summary>
    /// <typeparam name="TOptions">The options class.</typeparam>
    /// <param name="services">The plugin's service collection.</param>
    /// <param name="configuration">The plugin's configuration section, as passed to <see cref="IPlugin.ConfigureServices"/>.</param>
    /// <returns>The options builder, to chain validation (for example <c>.Validate(...)</c>).</returns>
    public static OptionsBuilder<TOptions> AddPluginOptions<TOptions>(this IServiceCollection services, IConfiguration configuration)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return services.AddOptions<TOptions>().Bind(configuration, binder => binder.ErrorOnUnknownConfiguration = true);
    }
}
