using System.Collections.Concurrent;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Store;

/// <summary>
/// The last committed snapshot of each instance this host has seen, keyed by its revision. Every save checks and
/// increments the row's revision in the same UPDATE and a snapshot is remembered only after its commit, so a snapshot
/// whose Version equals the row's Revision is exactly what the database holds: loads then read one row instead of five
/// queries, and saves know the stored timers/incidents/counts without reloading them. Another host's write moves the
/// revision on, which simply misses the cache.
/// </summary>
internal sealed class WorkflowSnapshotCache(int capacity)
{
    private readonly ConcurrentDictionary<Guid, WorkflowInstance> snapshots = new();

    /// <summary>The snapshot committed at <paramref name="revision"/>, or null.</summary>
    public WorkflowInstance? Find(Guid instanceId, long revision) =>
        snapshots.TryGetValue(instanceId, out var snapshot) && snapshot.Version == revision ? snapshot : null;

    public void Remember(WorkflowInstance snapshot)
    {
        // Crude bound: a host that touched more instances than this starts over (a miss only costs the full load).
        if (snapshots.Count >= capacity && !snapshots.ContainsKey(snapshot.Id))
        {
            snapshots.Clear();
        }

        snapshots[snapshot.Id] = snapshot;
    }

    public void Forget(Guid instanceId) => snapshots.TryRemove(instanceId, out _);
}
