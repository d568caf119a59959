using CampaignFlow.Storage;
using CampaignFlow.Storage.Workflows;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Store;

/// <summary>The runtime's instance store over the CampaignFlow database (SQLite or PostgreSQL).</summary>
public sealed class EfWorkflowInstanceStore(IDbContextFactory<CampaignFlowDbContext> contexts) : IWorkflowInstanceStore
{
    public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var row = await WithChildren(db).SingleOrDefaultAsync(i => i.Id == instanceId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : WorkflowInstanceMapping.ToSnapshot(row);
        }
    }

    public async Task<IReadOnlyList<WorkflowInstance>> FindByCampaignAsync(string campaignNo, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var rows = await WithChildren(db).Where(i => i.CampaignNo == campaignNo).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => r.CreatedAt.UtcTicks).Select(WorkflowInstanceMapping.ToSnapshot)];
        }
    }

    public async Task<IWorkflowTransaction> BeginAsync(CancellationToken cancellationToken) =>
        await WorkflowStoreTransaction.BeginAsync(contexts, cancellationToken).ConfigureAwait(false);

    private static IQueryable<StoredWorkflowInstance> WithChildren(CampaignFlowDbContext db) => db.WorkflowInstances
        .AsNoTracking()
        .Include(i => i.History)
        .Include(i => i.Timers)
        .Include(i => i.Incidents)
        .Include(i => i.UnhandledEvents)
        .AsSplitQuery();
}
