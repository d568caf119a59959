using CampaignFlow.Workflows.Runtime;
using Quartz;

namespace CampaignFlow.Workflows.Hosting.Timers;

/// <summary>
/// Arms workflow timers as one-shot Quartz triggers in the persistent job store. A trigger that is late (the host was
/// down) fires once, at once (misfire policy FireNow). Arming the same timer twice is a no-op, so start-up can re-arm
/// every pending timer safely.
/// </summary>
public sealed class QuartzWorkflowTimerScheduler(ISchedulerFactory schedulers) : IWorkflowTimerScheduler
{
    public async ValueTask ScheduleAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        if (await scheduler.Exists(WorkflowTimerKeys.Trigger(timer.Id), cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var job = JobBuilder.Create<WorkflowTimerJob>()
            .WithIdentity(WorkflowTimerKeys.Job(timer.Id))
            .WithDescription($"instance {instanceId}: {timer.Description} in {timer.State}")
            .UsingJobData(WorkflowTimerKeys.InstanceIdKey, instanceId.ToString())
            .UsingJobData(WorkflowTimerKeys.TimerIdKey, timer.Id.ToString())
            .RequestRecovery()
            .Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity(WorkflowTimerKeys.Trigger(timer.Id))
            .ForJob(job)
            .StartAt(timer.DueAt)
            .WithSimpleSchedule(s => s.WithRepeatCount(0).WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        try
        {
            await scheduler.ScheduleJob(job, trigger, default, cancellationToken).ConfigureAwait(false);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another host (or a re-arm at start-up) armed it first: one trigger is what we want.
        }
    }

    public async ValueTask CancelAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        await scheduler.DeleteJob(WorkflowTimerKeys.Job(timer.Id), cancellationToken).ConfigureAwait(false);
    }
}
