using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampaignFlow.Storage.RuleSets;

public static class RuleSetServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="RuleSetStore"/> (a singleton over the context factory) and its options. Needs
    /// AddCampaignFlowStorage and the rules component; components add their <see cref="IRuleSetCheck"/>s.
    /// </summary>
    public static IServiceCollection AddCampaignFlowRuleSets(this IServiceCollection services)
    {
        services.AddOptions<RuleSetStoreOptions>().BindConfiguration(RuleSetStoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<RuleSetStore>();
        return services;
    }
}
