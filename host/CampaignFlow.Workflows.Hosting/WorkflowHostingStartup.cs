using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting.Activities;
using CampaignFlow.Workflows.Hosting.Definitions;
using CampaignFlow.Workflows.Hosting.Timers;
using CampaignFlow.Workflows.Hosting.Store;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace CampaignFlow.Workflows.Hosting;

/// <summary>
/// Runs before the Quartz scheduler starts: makes sure the store is migrated, imports and loads the workflow
/// definitions, and re-arms every pending timer (a no-op for those Quartz already holds; repairs a crash between a
/// transition's commit and the arming of its timers).
/// </summary>
public sealed partial class WorkflowHostingStartup(IServiceProvider services, IOptions<WorkflowHostingOptions> options, ILogger<WorkflowHostingStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (services.GetService<StoreReadiness>() is { IsReady: false } && services.GetService<StoreInitializer>() is { } initializer)
        {
            await initializer.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        var importer = services.GetRequiredService<WorkflowDefinitionImporter>();
        if (options.Value.ImportDefinitionsOnStart)
        {
            await importer.ImportAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await importer.LoadStoredAsync(cancellationToken).ConfigureAwait(false);
        }

        var armed = await RearmAsync(cancellationToken).ConfigureAwait(false);
        await ScheduleDueTaskScanAsync(cancellationToken).ConfigureAwait(false);
        LogStarted(services.GetRequiredService<WorkflowDefinitionCatalog>().All.Count, armed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task ScheduleDueTaskScanAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.DueTaskEvent is not { Length: > 0 })
        {
            return;
        }

        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken).ConfigureAwait(false);
        var key = new JobKey(DueTaskEventJob.Name, WorkflowTimerKeys.Group);
        if (await scheduler.Exists(key, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var job = JobBuilder.Create<DueTaskEventJob>().WithIdentity(key).StoreDurably().Build();
        var trigger = TriggerBuilder.Create().WithIdentity(DueTaskEventJob.Name, WorkflowTimerKeys.Group).ForJob(job)
            .StartAt(services.GetRequiredService<TimeProvider>().GetUtcNow()) // the host's clock (StartNow would read the system clock)
            .WithSimpleSchedule(s => s.WithInterval(settings.DueTaskScanInterval).RepeatForever()
                // A scan missed while the host was down (or the clock jumped) runs at once, not only at the next interval.
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)).Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectAlreadyExistsException)
        {
            // another host of the cluster scheduled it first
        }
    }

    private async Task<int> RearmAsync(CancellationToken cancellationToken)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<CampaignFlowDbContext>>();
        var scheduler = services.GetRequiredService<IWorkflowTimerScheduler>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var running = nameof(WorkflowInstanceStatus.Running);
        var timers = await (from timer in db.WorkflowTimers.AsNoTracking()
                            join instance in db.WorkflowInstances.AsNoTracking() on timer.InstanceId equals instance.Id
                            where instance.Status == running
                            select timer).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var timer in timers)
        {
            await scheduler.ScheduleAsync(timer.InstanceId, WorkflowInstanceMapping.ToTimer(timer), cancellationToken).ConfigureAwait(false);
        }

        return timers.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflows ready: {Definitions} definition versions loaded, {Timers} pending timers armed")]
    private partial void LogStarted(int definitions, int timers);
}
