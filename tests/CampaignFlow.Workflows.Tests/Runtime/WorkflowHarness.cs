using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;
using CampaignFlow.Workflows.Tests.Definitions;

namespace CampaignFlow.Workflows.Tests.Runtime;

/// <summary>A runtime over the in-memory doubles, a fake clock, the shipped workflows and recording action handlers.</summary>
internal sealed class WorkflowHarness
{
    public WorkflowHarness(DateOnly today, IWorkflowConditionEvaluator? conditions = null, params IEnumerable<WorkflowDefinition> extraDefinitions)
    {
        Clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        Clock.SetDate(today);
        Catalog.AddRange(WorkflowDefinitionLoader.LoadDirectory(DemoStatusCodes.WorkflowsFolder, DemoStatusCodes.Context));
        Catalog.AddRange(extraDefinitions);
        Handlers = WorkflowActionCatalog.BuiltIn.Names
            .Where(n => n is not (WorkflowActionNames.RaiseEvent or WorkflowActionNames.WaitForEvent))
            .ToDictionary(n => n, n => new RecordingActionHandler(n));
        var options = new WorkflowOptions();
        Engine = new WorkflowEngine(options, Clock, conditions);
        Runtime = new WorkflowRuntime(Store, Scheduler, Catalog, Campaigns, new WorkflowActionRegistry(Handlers.Values), Engine, Clock, options);
    }

    public FakeTimeProvider Clock { get; }

    public InMemoryWorkflowStore Store { get; } = new();

    public RecordingTimerScheduler Scheduler { get; } = new();

    public InMemoryCampaignSource Campaigns { get; } = new();

    public WorkflowDefinitionCatalog Catalog { get; } = new();

    public Dictionary<string, RecordingActionHandler> Handlers { get; }

    public WorkflowEngine Engine { get; }

    public WorkflowRuntime Runtime { get; }

    /// <summary>Moves the clock to <paramref name="date"/> 09:00 and fires every timer due by then.</summary>
    public Task<List<WorkflowTriggerResult>> AdvanceToAsync(DateOnly date)
    {
        Clock.SetDate(date);
        return Scheduler.FireDueAsync(Runtime, Clock.GetUtcNow());
    }

    public static WorkflowDefinition Define(string json) => WorkflowDefinitionLoader.Load(json, "test.json", DemoStatusCodes.Context);
}
