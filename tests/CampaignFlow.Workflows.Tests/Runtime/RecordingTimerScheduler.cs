using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Tests.Runtime;

/// <summary>Test double of the scheduler: keeps armed timers; the test fires the due ones through the runtime.</summary>
internal sealed class RecordingTimerScheduler : IWorkflowTimerScheduler
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, (Guid InstanceId, WorkflowTimer Timer)> armed = [];

    public List<string> Log { get; } = [];

    public IReadOnlyList<WorkflowTimer> Armed
    {
        get
        {
            lock (gate)
            {
                return [.. armed.Values.Select(a => a.Timer).OrderBy(t => t.DueAt)];
            }
        }
    }

    public ValueTask ScheduleAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            armed[timer.Id] = (instanceId, timer);
            Log.Add($"arm {timer.State} {timer.Description} {timer.DueDate:yyyy-MM-dd}");
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask CancelAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            armed.Remove(timer.Id);
            Log.Add($"cancel {timer.State} {timer.Description}");
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Fires (and disarms) every timer due by <paramref name="now"/>, earliest first.</summary>
    public async Task<List<WorkflowTriggerResult>> FireDueAsync(WorkflowRuntime runtime, DateTimeOffset now)
    {
        var results = new List<WorkflowTriggerResult>();
        while (true)
        {
            (Guid InstanceId, WorkflowTimer Timer) next;
            lock (gate)
            {
                var due = armed.Values.Where(a => a.Timer.DueAt <= now).OrderBy(a => a.Timer.DueAt).ToList();
                if (due.Count == 0)
                {
                    return results;
                }

                next = due[0];
                armed.Remove(next.Timer.Id);
            }

            results.Add(await runtime.FireTimerAsync(next.InstanceId, next.Timer.Id));
        }
    }
}
