using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Tests.Runtime;

public class ConditionsEventsAndVersionsTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);

    private const string Guarded = """
        {"id":"guarded","version":1,"initial":"PLANNED","states":{
          "PLANNED":{"on":[
            {"event":"decide","when":"payload == \"yes\"","to":"ACTIVE"},
            {"event":"decide","when":{"rule":"Decisions/No"},"to":"CANCELED"}]},
          "ACTIVE":{"final":true},"CANCELED":{"final":true}}}
        """;

    [Theory]
    [InlineData("\"yes\"", "ACTIVE")]
    [InlineData("\"no\"", "CANCELED")]
    public async Task Guarded_alternatives_take_the_first_condition_that_holds(string payload, string expected)
    {
        var h = Harness(new PayloadConditions(), WorkflowHarness.Define(Guarded));
        var id = (await h.Runtime.StartAsync("CP0001", "guarded")).Instance!.Id;

        var result = await h.Runtime.SendEventAsync(id, "decide", payload);

        Assert.Equal(expected, result.Instance!.State);
    }

    [Fact]
    public async Task When_no_condition_holds_the_event_is_unhandled()
    {
        var h = Harness(new PayloadConditions(), WorkflowHarness.Define(Guarded));
        var id = (await h.Runtime.StartAsync("CP0001", "guarded")).Instance!.Id;

        var result = await h.Runtime.SendEventAsync(id, "decide", "\"maybe\"");

        Assert.Equal(WorkflowTriggerOutcome.Unhandled, result.Outcome);
        Assert.Equal("no condition held (payload == \"yes\"; rule Decisions/No)", result.Instance!.UnhandledEvents.Single().Reason);
    }

    [Fact]
    public async Task A_condition_that_throws_or_cannot_be_evaluated_is_an_incident()
    {
        var h = Harness(new PayloadConditions(), WorkflowHarness.Define(Guarded));
        var id = (await h.Runtime.StartAsync("CP0001", "guarded")).Instance!.Id;
        var result = await h.Runtime.SendEventAsync(id, "decide", "\"explode\"");
        Assert.Equal(WorkflowTriggerOutcome.Faulted, result.Outcome);
        Assert.Equal(("condition", "$.states.PLANNED.on[0].when"), (result.Incident!.Step, result.Incident.Location));
        Assert.Equal("$.states.PLANNED.on[0].when: 'payload == \"yes\"' failed: rule engine exploded", result.Incident.Message);

        var noEvaluator = Harness(null, WorkflowHarness.Define(Guarded));
        var other = (await noEvaluator.Runtime.StartAsync("CP0001", "guarded")).Instance!.Id;
        var unevaluated = await noEvaluator.Runtime.SendEventAsync(other, "decide", "\"yes\"");
        Assert.Equal(WorkflowTriggerOutcome.Faulted, unevaluated.Outcome);
        Assert.Contains("no condition evaluator is registered", unevaluated.Incident!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timer_whose_condition_fails_is_consumed_and_recorded()
    {
        var definition = WorkflowHarness.Define("""{"id":"t","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"after":"1D","when":"payload == \"yes\"","to":"ACTIVE"}]},"ACTIVE":{"final":true}}}""");
        var h = Harness(new PayloadConditions(), definition);
        var id = (await h.Runtime.StartAsync("CP0001", "t")).Instance!.Id;

        var fired = Assert.Single(await h.AdvanceToAsync(Today.AddDays(1)));

        Assert.Equal(WorkflowTriggerOutcome.Unhandled, fired.Outcome);
        Assert.Empty(fired.Instance!.Timers);
        Assert.Equal("timer after 1D", fired.Instance.UnhandledEvents.Single().EventName);
        Assert.Equal("PLANNED", (await h.Runtime.GetAsync(id))!.State);
    }

    [Fact]
    public async Task WaitForEvent_records_the_awaited_event_in_the_history()
    {
        var definition = WorkflowHarness.Define("""{"id":"w","version":1,"initial":"PLANNED","states":{"PLANNED":{"entry":[{"do":"waitForEvent","event":"response"}],"on":[{"event":"go","to":"ACTIVE"}]},"ACTIVE":{"final":true}}}""");
        var h = Harness(null, definition);
        var started = await h.Runtime.StartAsync("CP0001", "w");
        Assert.Equal(["response"], started.Instance!.Bookmarks);

        var response = await h.Runtime.SendEventAsync(started.Instance.Id, "response", """{"contact":"CT000042"}""");

        Assert.Equal(WorkflowTriggerOutcome.Waited, response.Outcome);
        var entry = response.Instance!.History[^1];
        Assert.Equal(("PLANNED", "PLANNED", "event 'response' received (waited for)"), (entry.From, entry.To, entry.Cause));
        Assert.Empty(response.Instance.UnhandledEvents);

        var moved = await h.Runtime.SendEventAsync(started.Instance.Id, "go");
        Assert.Empty(moved.Instance!.Bookmarks);
        Assert.Equal(WorkflowTriggerOutcome.Unhandled, (await h.Runtime.SendEventAsync(started.Instance.Id, "response")).Outcome);
    }

    [Fact]
    public async Task RaiseEvent_is_dispatched_after_the_transition_commits()
    {
        var definition = WorkflowHarness.Define("""{"id":"chain","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"ACTIVE","do":[{"do":"raiseEvent","event":"next","payload":{"n":1}}]}]},"ACTIVE":{"on":[{"event":"next","to":"COMPLETED"}]},"COMPLETED":{"final":true}}}""");
        var h = Harness(null, definition);
        var id = (await h.Runtime.StartAsync("CP0001", "chain")).Instance!.Id;

        var result = await h.Runtime.SendEventAsync(id, "go");

        Assert.Equal("ACTIVE", result.Instance!.State);
        var followUp = Assert.Single(result.FollowUps!);
        Assert.Equal(WorkflowTriggerOutcome.Transitioned, followUp.Outcome);
        Assert.Equal("COMPLETED", followUp.Instance!.State);
        Assert.Equal("event 'next'", followUp.Instance.History[^1].Cause);
    }

    [Fact]
    public async Task An_endless_raiseEvent_loop_is_cut_off()
    {
        var definition = WorkflowHarness.Define("""{"id":"loop","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"ping","to":"ACTIVE","do":[{"do":"raiseEvent","event":"ping"}]}]},"ACTIVE":{"on":[{"event":"ping","to":"PLANNED","do":[{"do":"raiseEvent","event":"ping"}]}]}}}""");
        var h = Harness(null, definition);
        var id = (await h.Runtime.StartAsync("CP0001", "loop")).Instance!.Id;

        var result = await h.Runtime.SendEventAsync(id, "ping");

        var depth = 0;
        for (var r = result; r.FollowUps is { Count: > 0 }; r = r.FollowUps[0])
        {
            depth++;
        }

        Assert.Equal(new WorkflowOptions().MaxRaisedEventDepth + 1, depth);
        Assert.Equal(new WorkflowOptions().MaxRaisedEventDepth + 2, (await h.Runtime.GetAsync(id))!.History.Count); // start + the first ping + one per dispatched follow-up
    }

    [Fact]
    public async Task Running_instances_stay_on_their_version()
    {
        var v2 = WorkflowHarness.Define("""{"id":"trade-show","version":2,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"approve","to":"COMPLETED"}]},"COMPLETED":{"final":true}}}""");
        var h = Harness(null);
        var onV1 = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!;
        h.Catalog.Add(v2);
        h.Campaigns.Add("CP0002", Today, null);
        var onV2 = (await h.Runtime.StartAsync("CP0002", "trade-show")).Instance!;

        Assert.Equal((1, 2), (onV1.WorkflowVersion, onV2.WorkflowVersion));
        Assert.Equal("ACTIVE", (await h.Runtime.SendEventAsync(onV1.Id, "approve")).Instance!.State);
        Assert.Equal("COMPLETED", (await h.Runtime.SendEventAsync(onV2.Id, "approve")).Instance!.State);
        h.Campaigns.Add("CP0003", Today, null);
        Assert.Equal(1, (await h.Runtime.StartAsync("CP0003", "trade-show", version: 1)).Instance!.WorkflowVersion);
    }

    [Fact]
    public async Task A_missing_campaign_date_leaves_that_timer_unarmed_with_a_note()
    {
        var h = Harness(null);
        h.Campaigns.Add("CP0002", null, null);

        var started = await h.Runtime.StartAsync("CP0002", "trade-show");

        Assert.Empty(started.Instance!.Timers);
        Assert.Equal(["$.states.PLANNED.on[1]: timer 'at startingDate' not armed: campaign CP0002 has no starting date"], started.Plan!.Notes);
    }

    [Fact]
    public async Task Campaign_events_reach_the_running_instance()
    {
        var h = Harness(null);
        await h.Runtime.StartAsync("CP0001", "trade-show");

        var result = Assert.Single(await h.Runtime.SendCampaignEventAsync("CP0001", "approve"));

        Assert.Equal("ACTIVE", result.Instance!.State);
    }

    [Fact]
    public async Task Timers_use_the_configured_time_of_day_and_time_zone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("UTC+2", TimeSpan.FromHours(2), "UTC+2", "UTC+2");
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 2, 29, 23, 30, 0, TimeSpan.Zero)); // already 1 March in UTC+2
        var engine = new WorkflowEngine(new WorkflowOptions { TimeZone = zone, TimerTimeOfDay = new TimeOnly(8, 0) }, clock);
        var definition = Definitions.DemoStatusCodes.TradeShow();
        var instance = WorkflowInstance.Create(Guid.NewGuid(), "CP0001", definition.Key, clock.GetUtcNow()) with { Status = WorkflowInstanceStatus.Running, State = "PLANNED" };

        var plan = await engine.PlanAsync(definition, instance, WorkflowTrigger.Event("approve"), new WorkflowCampaign("CP0001", new DateOnly(2024, 3, 1), null), clock.GetUtcNow());

        var timer = Assert.Single(plan.TimersToArm);
        Assert.Equal(new DateOnly(2024, 3, 8), timer.DueDate);
        Assert.Equal(new DateTimeOffset(2024, 3, 8, 8, 0, 0, TimeSpan.FromHours(2)), timer.DueAt);
    }

    private static WorkflowHarness Harness(IWorkflowConditionEvaluator? conditions, params WorkflowDefinition[] definitions)
    {
        var h = new WorkflowHarness(Today, conditions, definitions);
        h.Campaigns.Add("CP0001", Today, new DateOnly(2024, 3, 29));
        return h;
    }

    /// <summary>Stands in for the rules engine: "payload == \"yes\"" compares the event payload; the rule holds for "no".</summary>
    private sealed class PayloadConditions : IWorkflowConditionEvaluator
    {
        public ValueTask<bool> EvaluateAsync(WorkflowCondition condition, WorkflowConditionContext context, CancellationToken cancellationToken)
        {
            var payload = context.Trigger.PayloadJson;
            if (payload == "\"explode\"")
            {
                throw new InvalidOperationException("rule engine exploded");
            }

            return ValueTask.FromResult(condition.RuleReference is null ? payload == "\"yes\"" : payload == "\"no\"");
        }
    }
}
