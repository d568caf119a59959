using CampaignFlow.Storage;
using CampaignFlow.Storage.Schema;
using CampaignFlow.Storage.Sqlite;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Actions;
using CampaignFlow.Workflows.Hosting.Activities;
using CampaignFlow.Workflows.Hosting.Definitions;
using CampaignFlow.Workflows.Hosting.Rules;
using CampaignFlow.Workflows.Hosting.Store;
using CampaignFlow.Workflows.Hosting.Timers;
using CampaignFlow.Workflows.Runtime;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace CampaignFlow.Workflows.Hosting;

public static class WorkflowHostingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the durable workflow host: EF-backed instance store and campaign source, the Quartz scheduler with its
    /// persistent job store in the CampaignFlow database (clustered on PostgreSQL when configured), the action handlers,
    /// activities and tasks, definition import on start, and <see cref="WorkflowService"/>. Needs
    /// <c>AddCampaignFlowStorage</c>. Optional services other components register: <see cref="ICampaignPricing"/>,
    /// <see cref="ISegmentLogger"/>, <see cref="IWorkflowInteractionSender"/>, <see cref="IWorkflowPluginActions"/>,
    /// <see cref="IWorkflowConditionEvaluator"/>, extra <see cref="IWorkflowActionHandler"/>s.
    /// </summary>
    public static IServiceCollection AddCampaignFlowWorkflowHosting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(WorkflowHostingOptions.Section);
        services.AddOptions<WorkflowHostingOptions>().Bind(section).ValidateDataAnnotations()
            .Validate(o => o.IdleWaitTime >= TimeSpan.FromSeconds(1), "Workflows:Hosting:IdleWaitTime must be at least 1 second.")
            .Validate(o => o.MisfireThreshold > TimeSpan.Zero, "Workflows:Hosting:MisfireThreshold must be positive.")
            .ValidateOnStart();
        var hosting = section.Get<WorkflowHostingOptions>() ?? new WorkflowHostingOptions();
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (hosting.Clustered && storage.Provider != StorageProvider.PostgreSql)
        {
            throw new InvalidOperationException("Workflows:Hosting:Clustered needs Storage:Provider PostgreSql (hosts must share one database).");
        }

        // Several hosts and Quartz threads may race on one instance: replan more often than the runtime's default before giving up.
        services.AddOptions<WorkflowOptions>().Configure(o => o.MaxConcurrencyRetries = 16).Bind(configuration.GetSection("Workflows"));

        services.TryAddSingleton<IWorkflowInstanceStore, EfWorkflowInstanceStore>();
        services.TryAddSingleton<IWorkflowCampaignSource, EfWorkflowCampaignSource>();
        services.TryAddSingleton<IWorkflowTimerScheduler, QuartzWorkflowTimerScheduler>();
        services.TryAddSingleton(sp => new WorkflowActionCatalogProvider(sp.GetService<IWorkflowPluginActions>()));
        services.TryAddSingleton<WorkflowDefinitionImporter>();
        services.TryAddSingleton<WorkflowTimerFirings>();
        services.TryAddSingleton<NumberSeriesAllocatorFactory>();
        services.TryAddSingleton<ActivityService>();
        services.TryAddSingleton<TaskService>();
        services.TryAddSingleton<WorkflowService>();
        services.TryAddSingleton<WorkflowRuleSets>();
        services.TryAddSingleton<IWorkflowConditionEvaluator, RulesWorkflowConditionEvaluator>();

        services.AddSingleton<IWorkflowActionHandler, SetStatusActionHandler>();
        services.AddSingleton<IWorkflowActionHandler, AssignActivityActionHandler>();
        services.AddSingleton<IWorkflowActionHandler>(sp => new PricingActionHandler(WorkflowActionNames.ActivatePrices));
        services.AddSingleton<IWorkflowActionHandler>(sp => new PricingActionHandler(WorkflowActionNames.DeactivatePrices));
        services.AddSingleton<IWorkflowActionHandler, LogSegmentActionHandler>();
        services.AddSingleton<IWorkflowActionHandler, SendInteractionActionHandler>();
        services.AddSingleton<IWorkflowActionHandler, CallRuleActionHandler>();
        // Plugin actions join the handlers; registered before AddCampaignFlowWorkflows so this registry is the one used.
        services.TryAddSingleton(sp => new WorkflowActionRegistry(sp.GetServices<IWorkflowActionHandler>()
            .Concat((sp.GetService<IWorkflowPluginActions>()?.Actions ?? []).Select(a => new PluginWorkflowActionHandler(a)))));
        services.AddCampaignFlowWorkflows();

        // Before Quartz's hosted service, so definitions are loaded and timers re-armed before anything fires.
        services.AddHostedService<WorkflowHostingStartup>();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = hosting.SchedulerName;
                o.IdleWaitTime = hosting.IdleWaitTime;
            });
            q.UseDefaultThreadPool(hosting.SchedulerThreads);
            q.UsePersistentStore(store =>
            {
                if (storage.Provider == StorageProvider.PostgreSql)
                {
                    store.UsePostgres(storage.ConnectionString!);
                    if (hosting.Clustered)
                    {
                        store.UseClustering(c => c.CheckinInterval = hosting.ClusterCheckinInterval);
                    }
                }
                else
                {
                    store.UseSqlite(SqliteConnectionStrings.ForFile(storage.SqlitePath, storage.BusyTimeoutSeconds));
                }

                store.UseSystemTextJsonSerializer();
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = QuartzSchema.TablePrefix;
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = hosting.MisfireThreshold;
                    o.MaxMisfiresToHandleAtATime = hosting.MaxMisfiresPerRound;
                });
            });
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }
}
