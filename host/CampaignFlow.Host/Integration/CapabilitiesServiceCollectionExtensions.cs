using CampaignFlow.Campaigns;
using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Interactions;
using CampaignFlow.Rules;
using CampaignFlow.Segments;
using CampaignFlow.Workflows.DateFormulas;
using CampaignFlow.Workflows.Hosting;
using CampaignFlow.Workflows.Hosting.Actions;
using CampaignFlow.Workflows.Hosting.Definitions;
using CampaignFlow.Workflows.Hosting.Rules;

namespace CampaignFlow.Host.Integration;

public static class CapabilitiesServiceCollectionExtensions
{
    /// <summary>
    /// The product's capabilities on top of the store: rules, segments, campaigns and pricing, workflows with
    /// their Quartz timers, and the adapters that let workflow actions reach the other capabilities.
    /// </summary>
    public static IServiceCollection AddCampaignFlowCapabilities(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCampaignFlowRules(options =>
        {
            options.RulesDirectory = configuration["Rules:Directory"] ?? ShippedFolders.Rules;
            options.Functions.Register("DateFormula", typeof(DateFormula).GetMethod(nameof(DateFormula.Calculate), [typeof(string), typeof(DateOnly)])!);
            options.WorkflowInputs["Discounts."] = new(StringComparer.Ordinal)
            {
                ["customer"] = typeof(EligibilityCustomer),
                ["contact"] = typeof(EligibilityContact),
                ["line"] = typeof(EligibilityLine),
                ["campaign"] = typeof(EligibilityCampaign),
            };
            // The rule sets workflows call (callRule, "when" guards): rules/workflows/.
            options.WorkflowInputs["Workflows."] = new(StringComparer.Ordinal)
            {
                ["campaign"] = typeof(WorkflowRuleCampaign),
                ["contact"] = typeof(WorkflowRuleContact),
            };
        });
        services.AddCampaignFlowSegments();
        services.AddCampaignFlowCampaigns();
        services.AddCampaignFlowInteractions(configuration);
        services.AddCampaignFlowWorkflowHosting(configuration);
        services.AddSingleton<ICampaignPricing, WorkflowCampaignPricing>();
        services.AddSingleton<ISegmentLogger, WorkflowSegmentLogger>();
        services.AddSingleton<IWorkflowInteractionSender, WorkflowInteractionSender>();
        services.AddSingleton<IWorkflowPluginActions, PluginCatalogWorkflowActions>();
        return services;
    }
}
