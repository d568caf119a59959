using Quartz;

namespace CampaignFlow.Workflows.Hosting.Timers;

/// <summary>Quartz keys of workflow timers: the job and its one trigger are named by the timer id.</summary>
public static class WorkflowTimerKeys
{
    public const string Group = "workflow-timers";
    public const string InstanceIdKey = "instanceId";
    public const string TimerIdKey = "timerId";

    public static JobKey Job(Guid timerId) => new(timerId.ToString("N"), Group);

    public static TriggerKey Trigger(Guid timerId) => new(timerId.ToString("N"), Group);
}
