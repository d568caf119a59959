using CampaignFlow.Campaigns.Campaigns;
using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Campaigns.Lookup;
using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Campaigns.Statistics;
using CampaignFlow.Campaigns.Targeting;
using CampaignFlow.Rules;
using CampaignFlow.Storage.RuleSets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Campaigns;

public static class CampaignsServiceCollectionExtensions
{
    /// <summary>Workflow-name prefix of the discount eligibility rule sets.</summary>
    public const string EligibilityPrefix = "Discounts.";

    /// <summary>
    /// Registers the campaign services (singletons over the store's context factory: each call opens its own context),
    /// the price lookup with its cache and version stamp, the statistics, and the discount eligibility rules (the stored rule set
    /// <see cref="CampaignsOptions.EligibilityWorkflow"/>).
    /// Needs AddCampaignFlowStorage (the context factory) and a TimeProvider (TimeProvider.System if none).
    /// </summary>
    public static IServiceCollection AddCampaignFlowCampaigns(this IServiceCollection services)
    {
        services.AddOptions<CampaignsOptions>().BindConfiguration(CampaignsOptions.Section)
            .Validate(o => o.PriceIndexMaxAge > TimeSpan.Zero, "Campaigns:PriceIndexMaxAge must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.EligibilityWorkflow), "Campaigns:EligibilityWorkflow is required.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PricingCacheVersion>();
        // The eligibility inputs, so stored "Discounts.*" rule sets are compiled against them when saved.
        services.AddOptions<RulesOptions>().Configure(o => o.WorkflowInputs.TryAdd(EligibilityPrefix, new(StringComparer.Ordinal)
        {
            [EligibilityInput.CustomerInput] = typeof(EligibilityCustomer),
            [EligibilityInput.ContactInput] = typeof(EligibilityContact),
            [EligibilityInput.LineInput] = typeof(EligibilityLine),
            [EligibilityInput.CampaignInput] = typeof(EligibilityCampaign),
        }));
        services.AddCampaignFlowRuleSets();
        services.TryAddSingleton<IDiscountEligibility, StoredRuleSetEligibility>();
        services.TryAddSingleton<CampaignService>();
        services.TryAddSingleton<CampaignPricingService>();
        services.TryAddSingleton<CampaignActivationService>();
        services.TryAddSingleton<PriceLookupService>();
        services.TryAddSingleton<CampaignStatisticsService>();
        return services;
    }
}
