using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Tests.Runtime;

public class IncidentAndRefusalTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);

    [Fact]
    public async Task A_failing_action_records_an_incident_keeps_the_state_and_writes_nothing()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;
        var recordsBefore = h.Store.Records.Count;
        h.Handlers["logSegment"].FailWith = "segment SEG0001 has no lines";

        var result = await h.Runtime.SendEventAsync(id, "approve");

        Assert.Equal(WorkflowTriggerOutcome.Faulted, result.Outcome);
        Assert.Equal("logSegment failed: InvalidOperationException: segment SEG0001 has no lines", result.Message);
        var incident = result.Incident!;
        Assert.Equal(("PLANNED", "logSegment", "$.states.ACTIVE.entry[1]", 1), (incident.State, incident.Step, incident.Location, incident.Attempts));
        Assert.Equal(WorkflowTrigger.Event("approve"), incident.Trigger);

        var stored = (await h.Runtime.GetAsync(id))!;
        Assert.Equal("PLANNED", stored.State);
        Assert.Equal(incident, stored.OpenIncident);
        Assert.Equal(recordsBefore, h.Store.Records.Count); // setStatus and activatePrices ran before the failure: rolled back
        Assert.Equal(["arm PLANNED at startingDate 2024-03-04"], h.Scheduler.Log); // no timer armed or canceled
    }

    [Fact]
    public async Task A_retry_after_the_fix_completes_the_transition_and_resolves_the_incident()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;
        h.Handlers["activatePrices"].FailWith = "nothing to activate";
        await h.Runtime.SendEventAsync(id, "approve");

        var again = await h.Runtime.RetryAsync(id);
        Assert.Equal(WorkflowTriggerOutcome.Faulted, again.Outcome);
        Assert.Equal(2, again.Incident!.Attempts);
        Assert.Single(again.Instance!.Incidents);

        h.Handlers["activatePrices"].FailWith = null;
        var fixedResult = await h.Runtime.RetryAsync(id);

        Assert.Equal(WorkflowTriggerOutcome.Transitioned, fixedResult.Outcome);
        var instance = fixedResult.Instance!;
        Assert.Equal("ACTIVE", instance.State);
        Assert.Null(instance.OpenIncident);
        Assert.Equal("retried: transition", Assert.Single(instance.Incidents).Resolution);
        Assert.Equal(WorkflowTriggerOutcome.Rejected, (await h.Runtime.RetryAsync(id)).Outcome);
    }

    [Fact]
    public async Task A_failing_start_saves_the_instance_not_started_and_a_retry_starts_it()
    {
        var h = Harness();
        h.Handlers["setStatus"].FailWith = "database is locked";

        var failed = await h.Runtime.StartAsync("CP0001", "trade-show");
        Assert.Equal(WorkflowTriggerOutcome.Faulted, failed.Outcome);
        Assert.Equal(WorkflowInstanceStatus.Created, failed.Instance!.Status);
        Assert.Equal(WorkflowTriggerOutcome.Rejected, (await h.Runtime.StartAsync("CP0001", "trade-show")).Outcome);

        h.Handlers["setStatus"].FailWith = null;
        var retried = await h.Runtime.RetryAsync(failed.Instance.Id);
        Assert.Equal(("PLANNED", WorkflowInstanceStatus.Running), (retried.Instance!.State, retried.Instance.Status));
    }

    [Fact]
    public async Task An_action_without_a_handler_is_an_incident_not_a_crash()
    {
        var h = new WorkflowHarness(Today, null, WorkflowHarness.Define("""{"id":"plug","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"ACTIVE"}]},"ACTIVE":{"entry":[{"do":"callRule","rule":"Checks/Budget"}],"final":true}}}"""));
        h.Campaigns.Add("CP0001", null, null);
        h.Handlers.Remove("callRule");
        var runtime = new WorkflowRuntime(h.Store, h.Scheduler, h.Catalog, h.Campaigns, new WorkflowActionRegistry(h.Handlers.Values), h.Engine, h.Clock, new WorkflowOptions());
        var id = (await runtime.StartAsync("CP0001", "plug")).Instance!.Id;

        var result = await runtime.SendEventAsync(id, "go");

        Assert.Equal(WorkflowTriggerOutcome.Faulted, result.Outcome);
        Assert.Equal("callRule failed: no handler is registered for action 'callRule'", result.Message);
    }

    [Fact]
    public async Task A_timer_due_before_the_campaign_starts_is_refused_with_a_clear_error()
    {
        var early = WorkflowHarness.Define("""{"id":"early","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"ACTIVE"}]},"ACTIVE":{"on":[{"at":"startingDate","offset":"-1W","to":"COMPLETED"}]},"COMPLETED":{"final":true}}}""");
        var h = new WorkflowHarness(Today, null, early);
        h.Campaigns.Add("CP0001", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 29));
        var id = (await h.Runtime.StartAsync("CP0001", "early")).Instance!.Id;

        var result = await h.Runtime.SendEventAsync(id, "go");

        Assert.Equal(WorkflowTriggerOutcome.Rejected, result.Outcome);
        Assert.Equal("$.states.ACTIVE.on[0]: timer 'at startingDate -1W' of state ACTIVE would be due 2024-02-26, before campaign CP0001 starts (2024-03-04)", result.Message);
        Assert.Equal(("PLANNED", 1L), ((await h.Runtime.GetAsync(id))!.State, (await h.Runtime.GetAsync(id))!.Version));
    }

    [Fact]
    public async Task A_timer_whose_next_state_cannot_arm_its_timers_becomes_an_incident()
    {
        var early = WorkflowHarness.Define("""{"id":"early","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"after":"1D","to":"ACTIVE"}]},"ACTIVE":{"on":[{"after":"-1Y","to":"COMPLETED"}]},"COMPLETED":{"final":true}}}""");
        var h = new WorkflowHarness(Today, null, early);
        h.Campaigns.Add("CP0001", Today, null);
        var id = (await h.Runtime.StartAsync("CP0001", "early")).Instance!.Id;

        var fired = Assert.Single(await h.AdvanceToAsync(Today.AddDays(1)));

        Assert.Equal(WorkflowTriggerOutcome.Faulted, fired.Outcome);
        Assert.Equal(("timers", "$.states.ACTIVE.on[0]"), (fired.Incident!.Step, fired.Incident.Location));
        Assert.Contains("would be due 2023-03-02, before campaign CP0001 starts (2024-03-01)", fired.Incident.Message, StringComparison.Ordinal);
        Assert.Equal("PLANNED", (await h.Runtime.GetAsync(id))!.State);
        Assert.Single((await h.Runtime.GetAsync(id))!.Timers); // still pending, so a retry can fire it
    }

    [Fact]
    public async Task A_deleted_status_code_refuses_the_transition()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;
        h.Campaigns.StatusCodes.Remove("ACTIVE");

        var result = await h.Runtime.SendEventAsync(id, "approve");

        Assert.Equal(WorkflowTriggerOutcome.Rejected, result.Outcome);
        Assert.Equal("state ACTIVE cannot be entered: the status code 'ACTIVE' no longer exists", result.Message);
        Assert.Equal("PLANNED", (await h.Runtime.GetAsync(id))!.State);
    }

    [Fact]
    public async Task Unknown_instances_campaigns_and_workflows_are_refused()
    {
        var h = Harness();
        var ex = await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => h.Runtime.SendEventAsync(Guid.Empty, "approve"));
        Assert.Equal("workflow instance 00000000-0000-0000-0000-000000000000 does not exist", ex.Message);

        Assert.Equal("campaign CP9999 does not exist", (await h.Runtime.StartAsync("CP9999", "trade-show")).Message);
        Assert.Equal("workflow 'nope' is not loaded", (await h.Runtime.StartAsync("CP0001", "nope")).Message);
        Assert.Equal("workflow 'trade-show' version 7 is not loaded", (await h.Runtime.StartAsync("CP0001", "trade-show", 7)).Message);

        var campaignEvent = Assert.Single(await h.Runtime.SendCampaignEventAsync("CP0001", "approve"));
        Assert.Equal("event 'approve': campaign CP0001 has no running workflow", campaignEvent.Message);
    }

    [Fact]
    public async Task One_running_instance_per_campaign_and_workflow()
    {
        var h = Harness();
        var first = await h.Runtime.StartAsync("CP0001", "trade-show");
        var second = await h.Runtime.StartAsync("CP0001", "trade-show");

        Assert.Equal(WorkflowTriggerOutcome.Rejected, second.Outcome);
        Assert.Equal($"campaign CP0001 already runs workflow trade-show v1 (instance {first.Instance!.Id}, in state PLANNED)", second.Message);
        Assert.Equal(WorkflowTriggerOutcome.Transitioned, (await h.Runtime.StartAsync("CP0001", "campaign-lifecycle")).Outcome);
    }

    [Fact]
    public async Task Cancel_stops_the_instance_and_its_timers()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;
        h.Handlers["activatePrices"].FailWith = "boom";
        await h.Runtime.SendEventAsync(id, "approve");

        var canceled = await h.Runtime.CancelAsync(id, "show called off");

        Assert.Equal(WorkflowTriggerOutcome.Canceled, canceled.Outcome);
        Assert.Equal((WorkflowInstanceStatus.Canceled, "PLANNED"), (canceled.Instance!.Status, canceled.Instance.State));
        Assert.Empty(canceled.Instance.Timers);
        Assert.Empty(h.Scheduler.Armed);
        Assert.Equal("canceled", canceled.Instance.Incidents.Single().Resolution);
        Assert.Equal("cancel: show called off", canceled.Instance.History[^1].Cause);

        Assert.Equal(WorkflowTriggerOutcome.Rejected, (await h.Runtime.CancelAsync(id)).Outcome);
        var late = await h.Runtime.SendEventAsync(id, "approve");
        Assert.Equal(WorkflowTriggerOutcome.Unhandled, late.Outcome);
        Assert.Equal("the instance is canceled in state PLANNED", late.Instance!.UnhandledEvents.Single().Reason);
    }

    [Fact]
    public async Task A_concurrent_change_is_replanned_on_the_fresh_snapshot()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;
        h.Store.ConflictsToSimulate = 1;

        var result = await h.Runtime.SendEventAsync(id, "approve");

        Assert.Equal(WorkflowTriggerOutcome.Transitioned, result.Outcome);
        Assert.Equal(2L, result.Instance!.Version);
        Assert.Single(h.Store.Records, r => r.Contains("activatePrices", StringComparison.Ordinal)); // the conflicting attempt left nothing

        h.Store.ConflictsToSimulate = 5; // more than MaxConcurrencyRetries: the conflict is reported, not swallowed
        await Assert.ThrowsAsync<WorkflowConcurrencyException>(() => h.Runtime.SendEventAsync(id, "cancel"));
        Assert.Equal("ACTIVE", (await h.Runtime.GetAsync(id))!.State);
    }

    private static WorkflowHarness Harness()
    {
        var h = new WorkflowHarness(Today);
        h.Campaigns.Add("CP0001", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 29));
        return h;
    }
}
