using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Channels.Phone;

/// <summary>Registers the phone channel and the call list it exports to the host.</summary>
/// <remarks>Needs the host services <see cref="IPhoneTaskService"/> and <see cref="IInteractionOutcomeRecorder"/>; without them the plugin is disabled with that reason.</remarks>
public sealed class PhonePlugin : IPlugin
{
    /// <inheritdoc />
    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IChannel, PhoneChannel>();
        services.AddSingleton<ICallList, PhoneCallList>();
    }
}
