using CampaignFlow.Storage;
using CampaignFlow.Storage.Workflows;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Store;

/// <summary>The runtime's instance store over the CampaignFlow database (SQLite or PostgreSQL).</summary>
public sealed class EfWorkflowInstanceStore(IDbContextFactory<CampaignFlowDbContext> contexts) : IWorkflowInstanceStore
{
    /// <summary>Instances whose last snapshot is kept (beyond it the cache starts over).</summary>
    private const int SnapshotCapacity = 100_000;

    // Per store, not static: a compiled query is bound to one model, and one process may hold SQLite and PostgreSQL stores.
    private readonly Func<CampaignFlowDbContext, Guid, CancellationToken, Task<StoredWorkflowInstance?>> rowById =
        EF.CompileAsyncQuery((CampaignFlowDbContext db, Guid id, CancellationToken _) => db.WorkflowInstances.AsNoTracking().FirstOrDefault(i => i.Id == id));

    private readonly WorkflowSnapshotCache snapshots = new(SnapshotCapacity);

    public async Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await FindAsync(db, instanceId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The instance read on <paramref name="db"/> (a transition's own unit of work), through the snapshot cache.</summary>
    internal async Task<WorkflowInstance?> FindAsync(CampaignFlowDbContext db, Guid instanceId, CancellationToken cancellationToken)
    {
        // One row read; its revision says whether the remembered snapshot is still what is stored.
        var row = await rowById(db, instanceId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            snapshots.Forget(instanceId);
            return null;
        }

        if (snapshots.Find(instanceId, row.Revision) is { } known)
        {
            return known;
        }

        await LoadChildrenAsync(db, row, cancellationToken).ConfigureAwait(false);
        var snapshot = WorkflowInstanceMapping.ToSnapshot(row);
        snapshots.Remember(snapshot);
        return snapshot;
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
        await WorkflowStoreTransaction.BeginAsync(contexts, this, snapshots, cancellationToken).ConfigureAwait(false);

    private static async Task LoadChildrenAsync(CampaignFlowDbContext db, StoredWorkflowInstance row, CancellationToken cancellationToken)
    {
        // History and unhandled events carry their counts on the row: no query when there are none.
        if (row.HistoryCount > 0)
        {
            row.History.AddRange(await db.WorkflowHistory.AsNoTracking().Where(h => h.InstanceId == row.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        if (row.UnhandledCount > 0)
        {
            row.UnhandledEvents.AddRange(await db.WorkflowUnhandledEvents.AsNoTracking().Where(u => u.InstanceId == row.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        row.Timers.AddRange(await db.WorkflowTimers.AsNoTracking().Where(t => t.InstanceId == row.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
        row.Incidents.AddRange(await db.WorkflowIncidents.AsNoTracking().Where(i => i.InstanceId == row.Id).ToListAsync(cancellationToken).ConfigureAwait(false));
    }

    private static IQueryable<StoredWorkflowInstance> WithChildren(CampaignFlowDbContext db) => db.WorkflowInstances
        .AsNoTracking()
        .Include(i => i.History)
        .Include(i => i.Timers)
        .Include(i => i.Incidents)
        .Include(i => i.UnhandledEvents)
        .AsSplitQuery();
}
