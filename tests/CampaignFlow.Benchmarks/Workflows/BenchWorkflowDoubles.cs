using System.Collections.Concurrent;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Benchmarks.Workflows;

/// <summary>
/// In-process stand-ins for the host's store, scheduler and campaign source, so the benchmark measures the
/// workflow runtime itself (planning, actions, snapshot, versions) over 10,000 instances.
/// </summary>
internal sealed class BenchWorkflowDoubles : IWorkflowInstanceStore, IWorkflowTimerScheduler, IWorkflowCampaignSource, IWorkflowActionHandler
{
    private readonly ConcurrentDictionary<Guid, WorkflowInstance> instances = new();
    private readonly ConcurrentDictionary<string, List<Guid>> byCampaign = new();
    private readonly WorkflowCampaign campaign = new("CP", new DateOnly(2024, 1, 1), new DateOnly(2030, 12, 31));

    public const string Definition = """
        {"id":"bench","version":1,"initial":"PLANNED","states":{
          "PLANNED":{"on":[{"event":"go","to":"ACTIVE"},{"at":"endingDate","to":"COMPLETED"}]},
          "ACTIVE":{"entry":[{"do":"activatePrices"},{"do":"logSegment","segment":"$campaign.targetSegment","send":true}],
                    "exit":[{"do":"deactivatePrices"}],
                    "on":[{"event":"back","to":"PLANNED"},{"after":"1W","to":"COMPLETED"},{"at":"endingDate","to":"COMPLETED"}]},
          "COMPLETED":{"final":true}}}
        """;

    public string ActionName { get; set; } = "";

    public ValueTask<WorkflowCampaign?> FindCampaignAsync(string campaignNo, CancellationToken cancellationToken) =>
        ValueTask.FromResult<WorkflowCampaign?>(campaign with { No = campaignNo });

    public ValueTask<bool> StatusCodeExistsAsync(string statusCode, CancellationToken cancellationToken) => ValueTask.FromResult(true);

    public Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken) => Task.FromResult(instances.GetValueOrDefault(instanceId));

    public Task<IReadOnlyList<WorkflowInstance>> FindByCampaignAsync(string campaignNo, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<WorkflowInstance>>(byCampaign.TryGetValue(campaignNo, out var ids) ? [.. ids.Select(id => instances[id])] : []);

    public Task<IWorkflowTransaction> BeginAsync(CancellationToken cancellationToken) => Task.FromResult<IWorkflowTransaction>(new Transaction(this));

    public ValueTask ScheduleAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask CancelAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>A runtime over these doubles with no-op handlers for every built-in action.</summary>
    public static (WorkflowRuntime Runtime, BenchWorkflowDoubles Doubles) CreateRuntime()
    {
        var doubles = new BenchWorkflowDoubles();
        var statusCodes = WorkflowValidationContext.For("PLANNED", "ACTIVE", "COMPLETED");
        var catalog = new WorkflowDefinitionCatalog();
        catalog.Add(WorkflowDefinitionLoader.Load(Definition, "bench.json", statusCodes));
        var handlers = WorkflowActionCatalog.BuiltIn.Names.Select(n => (IWorkflowActionHandler)new BenchWorkflowDoubles { ActionName = n });
        var options = new WorkflowOptions();
        var time = TimeProvider.System;
        var runtime = new WorkflowRuntime(doubles, doubles, catalog, doubles, new WorkflowActionRegistry(handlers), new WorkflowEngine(options, time), time, options);
        return (runtime, doubles);
    }

    /// <summary>Starts one instance per campaign CP000000 … and returns their ids.</summary>
    public static async Task<Guid[]> StartAsync(WorkflowRuntime runtime, int count)
    {
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            var result = await runtime.StartAsync($"CP{i:000000}", "bench");
            ids[i] = result.Instance?.Id ?? throw new InvalidOperationException(result.Message);
        }

        return ids;
    }

    private sealed class Transaction(BenchWorkflowDoubles store) : IWorkflowTransaction
    {
        private WorkflowInstance? pending;

        public Task<WorkflowInstance> SaveAsync(WorkflowInstance instance, CancellationToken cancellationToken)
        {
            var current = store.instances.GetValueOrDefault(instance.Id);
            if ((current?.Version ?? 0) != instance.Version)
            {
                throw new WorkflowConcurrencyException("changed meanwhile");
            }

            pending = instance with { Version = instance.Version + 1 };
            return Task.FromResult(pending);
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            if (pending is not null)
            {
                if (store.instances.TryAdd(pending.Id, pending))
                {
                    store.byCampaign.GetOrAdd(pending.CampaignNo, _ => []).Add(pending.Id);
                }
                else
                {
                    store.instances[pending.Id] = pending;
                }
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
