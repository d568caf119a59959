using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>setStatus (implicit on entering a state): the one place a campaign's status code changes.</summary>
public sealed class SetStatusActionHandler : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.SetStatus;

    public async ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Required("status");
        var db = context.Db();
        if (!await db.CampaignStatuses.AnyAsync(s => s.Code == status, cancellationToken).ConfigureAwait(false))
        {
            throw new WorkflowException($"{context.Action.Path}: campaign {context.CampaignNo} cannot enter state {status}: the status code '{status}' no longer exists");
        }

        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.No == context.CampaignNo, cancellationToken).ConfigureAwait(false)
            ?? throw new WorkflowException($"campaign {context.CampaignNo} no longer exists");
        campaign.ApplyWorkflowStatus(status);
        campaign.LastDateModified = context.Today;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
