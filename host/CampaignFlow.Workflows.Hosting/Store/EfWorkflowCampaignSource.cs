using CampaignFlow.Storage;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Store;

/// <summary>Campaigns and status codes as the runtime sees them, read from the store.</summary>
public sealed class EfWorkflowCampaignSource(IDbContextFactory<CampaignFlowDbContext> contexts) : IWorkflowCampaignSource
{
    public async ValueTask<WorkflowCampaign?> FindCampaignAsync(string campaignNo, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Campaigns.AsNoTracking().Where(c => c.No == campaignNo)
                .Select(c => new WorkflowCampaign(c.No, c.StartingDate, c.EndingDate))
                .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask<bool> StatusCodeExistsAsync(string statusCode, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.CampaignStatuses.AnyAsync(s => s.Code == statusCode, cancellationToken).ConfigureAwait(false);
        }
    }
}
