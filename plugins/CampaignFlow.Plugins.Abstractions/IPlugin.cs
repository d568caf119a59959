using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// The registration hook of a plugin. The host creates one instance of each public non-abstract type implementing
/// this interface in the plugin's entry assembly (it needs a public parameterless constructor) and calls
/// <see cref="ConfigureServices"/> once, on the plugin's own service collection.
/// </summary>
/// <remarks>
/// Register the plugin's <see cref="IChannel"/>s, <see cref="IWorkflowAction"/>s and any services they need. When it
/// registers no channel (or no action), the host registers every public concrete channel (or action) type of the entry assembly.
/// The plugin's container can also resolve these host services: <c>ILoggerFactory</c>, <c>ILogger&lt;T&gt;</c>,
/// <see cref="TimeProvider"/>, and, when the host offers them, <see cref="IPhoneTaskService"/> and
/// <see cref="IInteractionOutcomeRecorder"/>. An exception thrown here disables the plugin; the host keeps running.
/// </remarks>
public interface IPlugin
{
    /// <summary>Registers the plugin's services.</summary>
    /// <param name="services">The plugin's own service collection.</param>
    /// <param name="configuration">The plugin's configuration section (<c>Plugins:&lt;id&gt;</c>); bind options from it with
    /// <see cref="PluginServiceCollectionExtensions.AddPluginOptions{TOptions}"/>.</param>
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);
}
