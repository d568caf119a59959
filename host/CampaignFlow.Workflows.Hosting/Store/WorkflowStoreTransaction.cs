using CampaignFlow.Storage;
using CampaignFlow.Storage.Workflows;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Workflows.Hosting.Store;

/// <summary>
/// One DbContext and one database transaction: the action handlers write through <see cref="Db"/>, then the instance
/// snapshot is saved with an optimistic check on its revision, and everything commits together or not at all.
/// </summary>
public sealed class WorkflowStoreTransaction : IWorkflowTransaction, IWorkflowTransactionReads
{
    private readonly IDbContextTransaction transaction;
    private readonly EfWorkflowInstanceStore? store;
    private readonly WorkflowSnapshotCache? snapshots;
    private readonly HashSet<string> knownStatusCodes = new(StringComparer.Ordinal);
    private WorkflowInstance? saved;

    private WorkflowStoreTransaction(CampaignFlowDbContext db, IDbContextTransaction transaction, EfWorkflowInstanceStore? store, WorkflowSnapshotCache? snapshots)
    {
        Db = db;
        this.transaction = transaction;
        this.store = store;
        this.snapshots = snapshots;
    }

    /// <summary>The unit of work the action handlers write through (they may SaveChanges; they must not commit).</summary>
    public CampaignFlowDbContext Db { get; }

    internal static async Task<WorkflowStoreTransaction> BeginAsync(IDbContextFactory<CampaignFlowDbContext> contexts, EfWorkflowInstanceStore? store, WorkflowSnapshotCache? snapshots, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A failed SaveChanges abandons the whole transaction (it is disposed uncommitted), so the savepoint EF
            // would wrap around every SaveChanges inside it is two round trips for nothing.
            db.Database.AutoSavepointsEnabled = false;
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            return new WorkflowStoreTransaction(db, transaction, store, snapshots);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken) =>
        store is null
            ? throw new InvalidOperationException("this unit of work was not begun by an EfWorkflowInstanceStore")
            : store.FindAsync(Db, instanceId, cancellationToken);

    /// <summary>The campaign, tracked: setStatus then changes it without another query, saved with the instance.</summary>
    public async ValueTask<WorkflowCampaign?> FindCampaignAsync(string campaignNo, CancellationToken cancellationToken)
    {
        var campaign = await Db.Campaigns.FindAsync([campaignNo], cancellationToken).ConfigureAwait(false);
        return campaign is null ? null : new WorkflowCampaign(campaign.No, campaign.StartingDate, campaign.EndingDate);
    }

    /// <summary>Whether the status code exists, asked once per unit of work (the runtime's check, then setStatus's).</summary>
    public async ValueTask<bool> StatusCodeExistsAsync(string statusCode, CancellationToken cancellationToken)
    {
        if (knownStatusCodes.Contains(statusCode))
        {
            return true;
        }

        var exists = await Db.CampaignStatuses.AnyAsync(s => s.Code == statusCode, cancellationToken).ConfigureAwait(false);
        if (exists)
        {
            knownStatusCodes.Add(statusCode);
        }

        return exists;
    }

    public async Task<WorkflowInstance> SaveAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        try
        {
            if (instance.Version == 0)
            {
                Insert(instance);
            }
            else if (snapshots?.Find(instance.Id, instance.Version) is { } stored)
            {
                UpdateKnown(instance, stored);
            }
            else
            {
                await UpdateAsync(instance, cancellationToken).ConfigureAwait(false);
            }

            await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new WorkflowConcurrencyException($"workflow instance {instance.Id} was changed by someone else (expected revision {instance.Version})", ex);
        }
        catch (DbUpdateException ex) when (instance.Version == 0)
        {
            // The unique index on live instances: another host started the same workflow for the campaign.
            throw new WorkflowConcurrencyException($"campaign {instance.CampaignNo} already has a live instance of workflow '{instance.WorkflowId}': {ex.InnerException?.Message ?? ex.Message}", ex);
        }

        saved = instance with { Version = instance.Version + 1 };
        return saved;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (saved is not null)
        {
            snapshots?.Remember(WorkflowInstanceMapping.AsLoaded(saved));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await Db.DisposeAsync().ConfigureAwait(false);
    }

    private void Insert(WorkflowInstance instance)
    {
        var row = new StoredWorkflowInstance { Id = instance.Id };
        CopyScalars(instance, row);
        row.Revision = 1;
        Db.WorkflowInstances.Add(row);
        AppendChildren(instance, row);
        foreach (var timer in instance.Timers)
        {
            Db.WorkflowTimers.Add(WorkflowInstanceMapping.ToRow(instance.Id, timer));
        }

        foreach (var incident in instance.Incidents)
        {
            var stored = new StoredWorkflowIncident();
            WorkflowInstanceMapping.CopyIncident(instance.Id, incident, stored);
            Db.WorkflowIncidents.Add(stored);
        }
    }

    /// <summary>
    /// The stored rows are known (the snapshot committed at the expected revision): no reload. The row is attached as
    /// it was and updated with the revision as concurrency token, so the UPDATE is guarded by the expected revision and
    /// touches nothing when someone else saved meanwhile (or deleted the instance): a concurrency failure, retried.
    /// </summary>
    private void UpdateKnown(WorkflowInstance instance, WorkflowInstance stored)
    {
        var row = new StoredWorkflowInstance { Id = instance.Id, Revision = instance.Version };
        var entry = Db.WorkflowInstances.Attach(row);
        CopyScalars(instance, row);
        row.Revision = instance.Version + 1;
        row.HistoryCount = stored.History.Count;
        row.UnhandledCount = stored.UnhandledEvents.Count;
        AppendChildren(instance, row);
        entry.State = EntityState.Modified;

        var keep = instance.Timers.Select(t => t.Id).ToHashSet();
        foreach (var gone in stored.Timers.Where(t => !keep.Contains(t.Id)))
        {
            Db.WorkflowTimers.Remove(WorkflowInstanceMapping.ToRow(instance.Id, gone));
        }

        var existing = stored.Timers.Select(t => t.Id).ToHashSet();
        foreach (var timer in instance.Timers.Where(t => !existing.Contains(t.Id)))
        {
            Db.WorkflowTimers.Add(WorkflowInstanceMapping.ToRow(instance.Id, timer));
        }

        var incidents = stored.Incidents.ToDictionary(i => i.Id);
        foreach (var incident in instance.Incidents)
        {
            var incidentRow = new StoredWorkflowIncident();
            WorkflowInstanceMapping.CopyIncident(instance.Id, incident, incidentRow);
            if (!incidents.TryGetValue(incident.Id, out var before))
            {
                Db.WorkflowIncidents.Add(incidentRow);
            }
            else if (before != incident)
            {
                Db.WorkflowIncidents.Update(incidentRow);
            }
        }
    }

    private async Task UpdateAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var row = await Db.WorkflowInstances
            .Include(i => i.Timers)
            .Include(i => i.Incidents)
            .AsSplitQuery()
            .SingleOrDefaultAsync(i => i.Id == instance.Id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            throw new WorkflowInstanceNotFoundException($"workflow instance {instance.Id} does not exist (deleted meanwhile?)");
        }

        if (row.Revision != instance.Version)
        {
            throw new WorkflowConcurrencyException($"workflow instance {instance.Id} is at revision {row.Revision}, not {instance.Version}: it moved meanwhile");
        }

        CopyScalars(instance, row);
        row.Revision = instance.Version + 1; // Revision is a concurrency token: the UPDATE checks the old value too
        AppendChildren(instance, row);
        var keep = instance.Timers.Select(t => t.Id).ToHashSet();
        foreach (var gone in row.Timers.Where(t => !keep.Contains(t.Id)).ToList())
        {
            Db.WorkflowTimers.Remove(gone);
        }

        var existing = row.Timers.Select(t => t.Id).ToHashSet();
        foreach (var timer in instance.Timers.Where(t => !existing.Contains(t.Id)))
        {
            Db.WorkflowTimers.Add(WorkflowInstanceMapping.ToRow(instance.Id, timer));
        }

        var incidents = row.Incidents.ToDictionary(i => i.Id);
        foreach (var incident in instance.Incidents)
        {
            if (incidents.TryGetValue(incident.Id, out var stored))
            {
                if (WorkflowInstanceMapping.ToIncident(stored) != incident)
                {
                    WorkflowInstanceMapping.CopyIncident(instance.Id, incident, stored);
                }
            }
            else
            {
                stored = new StoredWorkflowIncident();
                WorkflowInstanceMapping.CopyIncident(instance.Id, incident, stored);
                Db.WorkflowIncidents.Add(stored);
            }
        }
    }

    private void AppendChildren(WorkflowInstance instance, StoredWorkflowInstance row)
    {
        // History and unhandled events only ever grow: the rows past the stored count are the new ones.
        for (var seq = row.HistoryCount; seq < instance.History.Count; seq++)
        {
            Db.WorkflowHistory.Add(WorkflowInstanceMapping.ToRow(instance.Id, seq, instance.History[seq]));
        }

        for (var seq = row.UnhandledCount; seq < instance.UnhandledEvents.Count; seq++)
        {
            Db.WorkflowUnhandledEvents.Add(WorkflowInstanceMapping.ToRow(instance.Id, seq, instance.UnhandledEvents[seq]));
        }

        row.HistoryCount = instance.History.Count;
        row.UnhandledCount = instance.UnhandledEvents.Count;
    }

    private static void CopyScalars(WorkflowInstance instance, StoredWorkflowInstance row)
    {
        row.CampaignNo = instance.CampaignNo;
        row.WorkflowId = instance.WorkflowId;
        row.WorkflowVersion = instance.WorkflowVersion;
        row.State = instance.State;
        row.Status = instance.Status.ToString();
        row.CreatedAt = instance.CreatedAt;
        row.StateEnteredAt = instance.StateEnteredAt;
        row.BookmarksJson = WorkflowInstanceMapping.Bookmarks(instance.Bookmarks);
    }
}
