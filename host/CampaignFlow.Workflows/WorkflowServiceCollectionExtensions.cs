using CampaignFlow.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Workflows;

/// <summary>Registers the workflow engine and runtime; the host adds the store, the scheduler, the campaign source and action handlers.</summary>
public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WorkflowDefinitionCatalog"/>, <see cref="WorkflowEngine"/>, <see cref="WorkflowActionRegistry"/>
    /// (from every registered <see cref="IWorkflowActionHandler"/>) and a scoped <see cref="WorkflowRuntime"/>. The caller
    /// registers <see cref="IWorkflowInstanceStore"/>, <see cref="IWorkflowTimerScheduler"/>, <see cref="IWorkflowCampaignSource"/>
    /// and optionally <see cref="IWorkflowConditionEvaluator"/>.
    /// </summary>
    public static IServiceCollection AddCampaignFlowWorkflows(this IServiceCollection services, Action<WorkflowOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<WorkflowOptions>()
            .Validate(o => o.MaxConcurrencyRetries >= 1, "Workflows:MaxConcurrencyRetries must be at least 1")
            .Validate(o => o.MaxRaisedEventDepth >= 0, "Workflows:MaxRaisedEventDepth must not be negative")
            .Validate(o => !string.IsNullOrWhiteSpace(o.DefinitionsPath), "Workflows:DefinitionsPath is required")
            .ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WorkflowDefinitionCatalog>();
        services.TryAddSingleton<IWorkflowDefinitionSource>(sp => sp.GetRequiredService<WorkflowDefinitionCatalog>());
        services.TryAddSingleton(sp => new WorkflowEngine(
            sp.GetRequiredService<IOptions<WorkflowOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IWorkflowConditionEvaluator>()));
        services.TryAddSingleton(sp => new WorkflowActionRegistry(sp.GetServices<IWorkflowActionHandler>()));
        services.TryAddScoped(sp => new WorkflowRuntime(
            sp.GetRequiredService<IWorkflowInstanceStore>(),
            sp.GetRequiredService<IWorkflowTimerScheduler>(),
            sp.GetRequiredService<IWorkflowDefinitionSource>(),
            sp.GetRequiredService<IWorkflowCampaignSource>(),
            sp.GetRequiredService<WorkflowActionRegistry>(),
            sp.GetRequiredService<WorkflowEngine>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<WorkflowOptions>>().Value,
            sp.GetService<ILogger<WorkflowRuntime>>(),
            sp));
        return services;
    }
}
