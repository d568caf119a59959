namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// Arms and disarms timers (Quartz in the host). Called after the instance commits; the instance's
/// <see cref="WorkflowInstance.Timers"/> are the truth, so a job firing for a timer no longer pending is ignored
/// by <see cref="WorkflowRuntime.FireTimerAsync"/> and re-arming every pending timer at start-up is safe.
/// </summary>
public interface IWorkflowTimerScheduler
{
    /// <summary>When due, call <see cref="WorkflowRuntime.FireTimerAsync"/> with (instanceId, timer.Id).</summary>
    ValueTask ScheduleAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken);

    ValueTask CancelAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken);
}
