using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Store;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>
/// setStatus (implicit on entering a state): the one place a campaign's status code changes. The change is tracked on
/// the transition's unit of work and saved with the instance (one SaveChanges); the campaign and the status code were
/// already read there by the runtime, so normally this costs no query.
/// </summary>
public sealed class SetStatusActionHandler : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.SetStatus;

    public async ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Required("status");
        var db = context.Db();
        var reads = (WorkflowStoreTransaction)context.Transaction;
        if (!await reads.StatusCodeExistsAsync(status, cancellationToken).ConfigureAwait(false))
        {
            throw new WorkflowException($"{context.Action.Path}: campaign {context.CampaignNo} cannot enter state {status}: the status code '{status}' no longer exists");
        }

        var campaign = await db.Campaigns.FindAsync([context.CampaignNo], cancellationToken).ConfigureAwait(false)
            ?? throw new WorkflowException($"campaign {context.CampaignNo} no longer exists");
        campaign.ApplyWorkflowStatus(status);
        campaign.LastDateModified = context.Today;
    }
}
