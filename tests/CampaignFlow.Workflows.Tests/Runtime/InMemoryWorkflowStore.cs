using System.Collections.Concurrent;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Tests.Runtime;

/// <summary>
/// Test double of the store: committed instances plus "records" that action handlers write through the
/// transaction (standing in for log entries, tasks …), so tests can see that a failed transition leaves none.
/// </summary>
internal sealed class InMemoryWorkflowStore : IWorkflowInstanceStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, WorkflowInstance> instances = [];
    private readonly List<string> records = [];

    /// <summary>How many saves should still fail with a concurrency conflict (to test replanning).</summary>
    public int ConflictsToSimulate { get; set; }

    public int Commits { get; private set; }

    public IReadOnlyList<string> Records
    {
        get
        {
            lock (gate)
            {
                return [.. records];
            }
        }
    }

    public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult(instances.GetValueOrDefault(instanceId));
        }
    }

    public Task<IReadOnlyList<WorkflowInstance>> FindByCampaignAsync(string campaignNo, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<WorkflowInstance>>([.. instances.Values.Where(i => i.CampaignNo == campaignNo).OrderBy(i => i.CreatedAt)]);
        }
    }

    public Task<IWorkflowTransaction> BeginAsync(CancellationToken cancellationToken) => Task.FromResult<IWorkflowTransaction>(new Transaction(this));

    /// <summary>Changes a stored instance behind the runtime's back (another host), bumping its version.</summary>
    public void Tamper(Guid id, Func<WorkflowInstance, WorkflowInstance> change)
    {
        lock (gate)
        {
            instances[id] = change(instances[id]) with { Version = instances[id].Version + 1 };
        }
    }

    /// <summary>The store's unit of work; handlers reach it through <see cref="WorkflowActionContext.Transaction"/>.</summary>
    internal sealed class Transaction(InMemoryWorkflowStore store) : IWorkflowTransaction
    {
        private readonly List<string> pendingRecords = [];
        private readonly List<WorkflowInstance> pendingInstances = [];
        private bool done;

        public void Write(string record) => pendingRecords.Add(record);

        public Task<WorkflowInstance> SaveAsync(WorkflowInstance instance, CancellationToken cancellationToken)
        {
            lock (store.gate)
            {
                if (store.ConflictsToSimulate > 0)
                {
                    store.ConflictsToSimulate--;
                    throw new WorkflowConcurrencyException($"instance {instance.Id} changed meanwhile (simulated)");
                }

                Check(instance);
            }

            var saved = instance with { Version = instance.Version + 1 };
            pendingInstances.Add(saved);
            return Task.FromResult(saved);
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            ObjectDisposedException.ThrowIf(done, this);
            lock (store.gate)
            {
                foreach (var saved in pendingInstances)
                {
                    Check(saved with { Version = saved.Version - 1 });
                }

                foreach (var saved in pendingInstances)
                {
                    store.instances[saved.Id] = saved;
                }

                store.records.AddRange(pendingRecords);
                store.Commits++;
            }

            done = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            done = true; // uncommitted writes are simply dropped: a rollback
            return ValueTask.CompletedTask;
        }

        private void Check(WorkflowInstance instance)
        {
            var current = store.instances.GetValueOrDefault(instance.Id);
            var currentVersion = current?.Version ?? 0;
            if (currentVersion != instance.Version)
            {
                throw new WorkflowConcurrencyException($"instance {instance.Id} is at version {currentVersion}, not {instance.Version}");
            }
        }
    }
}
