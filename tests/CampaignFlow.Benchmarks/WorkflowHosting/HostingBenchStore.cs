using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage.Workflows;
using CampaignFlow.Testing;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Actions;
using CampaignFlow.Workflows.Hosting.Store;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Benchmarks.WorkflowHosting;

/// <summary>A real SQLite store with N campaigns and a two-state "ping" workflow, and a runtime over the EF store.</summary>
internal static class HostingBenchStore
{
    public const string PingJson = """{"id":"ping","version":1,"initial":"A","states":{"A":{"on":[{"event":"go","to":"B"}]},"B":{"on":[{"event":"back","to":"A"}]}}}""";

    public static async Task<TempStore> CreateAsync(int campaigns, string json = PingJson)
    {
        var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        db.CampaignStatuses.AddRange(new CampaignStatus { Code = "A" }, new CampaignStatus { Code = "B" });
        db.NumberSeries.Add(new NumberSeries { Code = NumberSeries.Tasks, Prefix = "TD", Digits = 8, Description = "Tasks" });
        db.Salespeople.Add(new Salesperson { Code = "SP", Name = "Sales" });
        var definition = WorkflowDefinitionLoader.Load(json, "bench.json", WorkflowValidationContext.For("A", "B"));
        db.WorkflowDefinitions.Add(new StoredWorkflowDefinition { WorkflowId = definition.Id, Version = 1, Name = definition.Name, Source = "bench.json", ContentHash = "bench", Json = json });
        for (var i = 1; i <= campaigns; i++)
        {
            db.Campaigns.Add(Campaign.Create($"CP{i:D6}", $"Campaign {i}", "A"));
        }

        await db.SaveChangesAsync();
        return store;
    }

    public static WorkflowRuntime Runtime(TempStore store, string json = PingJson)
    {
        var catalog = new WorkflowDefinitionCatalog();
        catalog.Add(WorkflowDefinitionLoader.Load(json, "bench.json", WorkflowValidationContext.For("A", "B")));
        var options = new WorkflowOptions { MaxConcurrencyRetries = 16 };
        return new WorkflowRuntime(new EfWorkflowInstanceStore(store), new NoTimers(), catalog, new EfWorkflowCampaignSource(store),
            new WorkflowActionRegistry([new SetStatusActionHandler()]), new WorkflowEngine(options, TimeProvider.System), TimeProvider.System, options);
    }

    /// <summary>A segment of <paramref name="contacts"/> contacts and a one-step activity, for the 100,000-task assignment.</summary>
    public static async Task AddSegmentAsync(TempStore store, int contacts)
    {
        await using var db = store.Open();
        var segment = new Segment { No = "SM0001", Description = "Bench", SalespersonCode = "SP" };
        for (var i = 1; i <= contacts; i++)
        {
            db.Contacts.Add(new Contact { No = $"CT{i:D7}", Name = $"Contact {i}", Type = ContactType.Person });
            segment.Lines.Add(new SegmentLine { SegmentNo = "SM0001", LineNo = i * 10000, ContactNo = $"CT{i:D7}" });
        }

        db.Segments.Add(segment);
        var activity = new Activity { Code = "CALL", Description = "Call" };
        activity.Steps.Add(new ActivityStep { ActivityCode = "CALL", StepNo = 1, Type = ActivityStepType.PhoneCall, Description = "Call", DateFormula = "1W" });
        db.Activities.Add(activity);
        await db.SaveChangesAsync();
    }

    private sealed class NoTimers : IWorkflowTimerScheduler
    {
        public ValueTask ScheduleAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask CancelAsync(Guid instanceId, WorkflowTimer timer, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
