using System.Globalization;
using System.Text.Json;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>
/// Sends <see cref="WorkflowHostingOptions.DueTaskEvent"/> to a campaign's running workflows for each open task of
/// the campaign that came due since the last scan (the last scanned date is kept in the job's data in the job store).
/// </summary>
[DisallowConcurrentExecution]
[PersistJobDataAfterExecution]
public sealed class DueTaskEventJob(IServiceScopeFactory scopes, TimeProvider time, IOptions<WorkflowHostingOptions> options) : IJob
{
    public const string Name = "due-task-events";
    public const string LastScannedKey = "lastScanned";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var map = context.JobDetail.JobDataMap;
        DateOnly? last = map.TryGetValue(LastScannedKey, out var value) && DateOnly.TryParse(value?.ToString(), CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        await SendAsync(last, today, cancellationToken).ConfigureAwait(false);
        map[LastScannedKey] = today.ToString("O", CultureInfo.InvariantCulture);
    }

    /// <summary>Sends the event for tasks dated in (after, upTo]; returns how many events were sent.</summary>
    public async Task<int> SendAsync(DateOnly? after, DateOnly upTo, CancellationToken cancellationToken)
    {
        if (options.Value.DueTaskEvent is not { Length: > 0 } eventName)
        {
            return 0;
        }

        await using var scope = scopes.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetRequiredService<IDbContextFactory<CampaignFlowDbContext>>();
        List<(string Task, string Campaign)> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            var query = db.Tasks.AsNoTracking().Where(t => t.CampaignNo != null && !t.Closed && !t.Canceled && t.Date <= upTo);
            if (after is { } from)
            {
                query = query.Where(t => t.Date > from);
            }

            due = [.. (await query.Select(t => new { t.No, t.CampaignNo }).ToListAsync(cancellationToken).ConfigureAwait(false)).Select(t => (t.No, t.CampaignNo!))];
        }

        var runtime = scope.ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var sent = 0;
        foreach (var (task, campaign) in due)
        {
            var payload = JsonSerializer.Serialize(new { taskNo = task });
            var results = await runtime.SendCampaignEventAsync(campaign, eventName, payload, cancellationToken).ConfigureAwait(false);
            sent += results.Count(r => r.Outcome != WorkflowTriggerOutcome.Rejected);
        }

        return sent;
    }
}
