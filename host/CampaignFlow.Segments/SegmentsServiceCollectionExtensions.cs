using CampaignFlow.Rules;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Storage.RuleSets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Segments;

public static class SegmentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SegmentService"/> (a singleton: it opens a context per call) and the rule-based
    /// contact filter compiler; segment rule sets come from the <see cref="RuleSetStore"/>, which refuses a
    /// "Segments.*" rule set that does not translate to SQL. Needs AddCampaignFlowStorage (the context factory) and the rules component.
    /// </summary>
    public static IServiceCollection AddCampaignFlowSegments(this IServiceCollection services)
    {
        services.AddOptions<SegmentsOptions>().BindConfiguration(SegmentsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<RulesOptions>();
        services.TryAddSingleton(sp => new RuleFilterCompiler(sp.GetRequiredService<IOptions<RulesOptions>>()));
        services.AddCampaignFlowRuleSets();
        services.TryAddSingleton(sp => new SegmentRuleCatalog(sp.GetRequiredService<RuleSetStore>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IRuleSetCheck, SegmentRuleSqlCheck>());
        services.TryAddSingleton<IContactFilterCompiler, RulesContactFilterCompiler>();
        services.AddSingleton<SegmentService>();
        return services;
    }
}
