using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Outbox;
using CampaignFlow.Interactions.Phone;
using CampaignFlow.Interactions.Templates;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignFlow.Interactions;

public static class InteractionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers templates, Log Segment, the interaction log, the delivery processor and its hosted workers, and the host's
    /// phone services offered to plugins (<see cref="IPhoneTaskService"/>, <see cref="IInteractionOutcomeRecorder"/>, <see cref="ICallList"/>).
    /// Also registers the plugin loader (<c>AddCampaignFlowPlugins</c>); needs <c>AddCampaignFlowStorage</c> and a <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddCampaignFlowInteractions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<InteractionsOptions>().Bind(configuration.GetSection(InteractionsOptions.Section)).ValidateDataAnnotations()
            .Validate(o => o.LeaseDuration > TimeSpan.Zero && o.PollInterval > TimeSpan.Zero, "Interactions:LeaseDuration and PollInterval must be positive.")
            .Validate(o => o.RetryBaseDelay >= TimeSpan.Zero && o.RetryMaxDelay >= o.RetryBaseDelay, "Interactions:RetryBaseDelay must be ≥ 0 and ≤ RetryMaxDelay.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TemplateRenderer>();
        services.TryAddSingleton<InteractionTemplateService>();
        services.TryAddSingleton<LogSegmentService>();
        services.TryAddSingleton<InteractionLogService>();
        services.TryAddSingleton<DeliveryProcessor>();
        services.TryAddSingleton<IPhoneTaskService, StorePhoneTaskService>();
        services.TryAddSingleton<IInteractionOutcomeRecorder, StoreInteractionOutcomeRecorder>();
        services.TryAddSingleton<ICallList, StoreCallList>();
        services.AddHostedService<DeliveryWorkerService>();
        services.AddCampaignFlowPlugins(configuration);
        return services;
    }
}
