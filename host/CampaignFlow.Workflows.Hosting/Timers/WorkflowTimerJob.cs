using CampaignFlow.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace CampaignFlow.Workflows.Hosting.Timers;

/// <summary>
/// Fires one workflow timer. The runtime checks that the timer is still pending on the instance and saves the transition
/// with an optimistic check, so a second firing (a misfire replay, another cluster node, a recovered job) is Ignored.
/// </summary>
public sealed partial class WorkflowTimerJob(IServiceScopeFactory scopes, ILogger<WorkflowTimerJob> logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var data = context.MergedJobDataMap;
        if (!Guid.TryParse(data[WorkflowTimerKeys.InstanceIdKey]?.ToString(), out var instanceId)
            || !Guid.TryParse(data[WorkflowTimerKeys.TimerIdKey]?.ToString(), out var timerId))
        {
            LogBadJob(context.JobDetail.Key.ToString());
            return;
        }

        await FireAsync(scopes, instanceId, timerId, logger, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The fire path, shared by the Quartz job and tests/benchmarks that fire a timer directly.</summary>
    public static async Task<WorkflowTriggerResult?> FireAsync(IServiceScopeFactory scopes, Guid instanceId, Guid timerId, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentNullException.ThrowIfNull(logger);
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
            try
            {
                var result = await runtime.FireTimerAsync(instanceId, timerId, cancellationToken).ConfigureAwait(false);
                scope.ServiceProvider.GetService<WorkflowTimerFirings>()?.Record(timerId, result.Outcome);
                return result;
            }
            catch (WorkflowInstanceNotFoundException ex)
            {
                LogInstanceGone(logger, timerId, ex.Message);
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow timer job {JobKey} has no valid instance/timer id; ignored")]
    private partial void LogBadJob(string jobKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow timer {TimerId} fired for a missing instance: {Message}")]
    private static partial void LogInstanceGone(ILogger logger, Guid timerId, string message);
}
