using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Tests.Runtime;

/// <summary>The shipped trade-show workflow (seed 001) driven by a fake clock over the in-memory store.</summary>
public class TradeShowRuntimeTests
{
    private static readonly DateOnly Friday1st = new(2024, 3, 1);

    [Fact]
    public async Task Seed_001_runs_from_planned_to_completed()
    {
        var h = Harness();

        var started = await h.Runtime.StartAsync("CP0001", "trade-show");
        Assert.Equal(WorkflowTriggerOutcome.Transitioned, started.Outcome);
        var id = started.Instance!.Id;
        Assert.Equal(("PLANNED", 1L, 1), (started.Instance.State, started.Instance.Version, started.Instance.WorkflowVersion));
        Assert.Equal(["arm PLANNED at startingDate 2024-03-04"], h.Scheduler.Log);

        h.Clock.Advance(TimeSpan.FromDays(1));
        var approved = await h.Runtime.SendEventAsync(id, "approve");
        Assert.Equal(WorkflowTriggerOutcome.Transitioned, approved.Outcome);
        Assert.Equal("ACTIVE", approved.Instance!.State);
        Assert.Equal(
            [WorkflowActionPhase.SetStatus, WorkflowActionPhase.Entry, WorkflowActionPhase.Entry],
            approved.Plan!.Actions.Select(a => a.Phase));
        Assert.Equal(["after 1W 2024-03-09", "at endingDate 2024-03-29"], approved.Instance.Timers.Select(t => $"{t.Description} {t.DueDate:yyyy-MM-dd}"));

        var followUp = Assert.Single(await h.AdvanceToAsync(new DateOnly(2024, 3, 9)));
        Assert.Equal(WorkflowTriggerOutcome.Transitioned, followUp.Outcome);
        Assert.Equal("FOLLOW-UP", followUp.Instance!.State);

        Assert.Empty(await h.AdvanceToAsync(new DateOnly(2024, 3, 28)));
        var completed = Assert.Single(await h.AdvanceToAsync(new DateOnly(2024, 3, 29)));
        var instance = completed.Instance!;
        Assert.Equal(("COMPLETED", WorkflowInstanceStatus.Completed), (instance.State, instance.Status));
        Assert.Empty(instance.Timers);
        Assert.Empty(h.Scheduler.Armed);

        Assert.Equal(
        [
            "CP0001 2024-03-01 setStatus status=PLANNED",
            "CP0001 2024-03-02 setStatus status=ACTIVE",
            "CP0001 2024-03-02 activatePrices",
            "CP0001 2024-03-02 logSegment description=Trade show invitation letters followUp=true segment=$campaign.targetSegment send=true",
            "CP0001 2024-03-09 setStatus status=FOLLOW-UP",
            "CP0001 2024-03-09 assignActivity activity=FOLLOWUP segment=$campaign.followUpSegment",
            "CP0001 2024-03-29 setStatus status=COMPLETED",
            "CP0001 2024-03-29 deactivatePrices",
        ],
            h.Store.Records);
        Assert.Equal(
        [
            "2024-03-01 -> PLANNED (start)",
            "2024-03-02 PLANNED -> ACTIVE (event 'approve')",
            "2024-03-09 ACTIVE -> FOLLOW-UP (timer after 1W)",
            "2024-03-29 FOLLOW-UP -> COMPLETED (timer at endingDate)",
        ],
            instance.History.Select(e => $"{e.At:yyyy-MM-dd} {e.From} -> {e.To} ({e.Cause})".Replace("  ", " ", StringComparison.Ordinal)));
        Assert.Equal(
        [
            "arm PLANNED at startingDate 2024-03-04",
            "cancel PLANNED at startingDate",
            "arm ACTIVE after 1W 2024-03-09",
            "arm ACTIVE at endingDate 2024-03-29",
            "cancel ACTIVE at endingDate",
            "arm FOLLOW-UP at endingDate 2024-03-29",
        ],
            h.Scheduler.Log);
    }

    [Fact]
    public async Task Without_approval_the_starting_date_activates_the_campaign()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;

        var activated = Assert.Single(await h.AdvanceToAsync(new DateOnly(2024, 3, 4)));
        Assert.Equal("ACTIVE", activated.Instance!.State);
        Assert.Equal("timer at startingDate", activated.Instance.History[^1].Cause);
        Assert.Equal(new DateOnly(2024, 3, 11), activated.Instance.Timers[0].DueDate); // a week from entering ACTIVE
        Assert.Equal(id, activated.Instance.Id);
    }

    [Fact]
    public async Task A_timer_fires_once_even_when_delivered_twice()
    {
        var h = Harness();
        var start = await h.Runtime.StartAsync("CP0001", "trade-show");
        var timer = Assert.Single(start.Instance!.Timers);
        h.Clock.SetDate(new DateOnly(2024, 3, 4));

        var first = await h.Runtime.FireTimerAsync(start.Instance.Id, timer.Id);
        var second = await h.Runtime.FireTimerAsync(start.Instance.Id, timer.Id);

        Assert.Equal(WorkflowTriggerOutcome.Transitioned, first.Outcome);
        Assert.Equal(WorkflowTriggerOutcome.Ignored, second.Outcome);
        Assert.Contains("is not pending", second.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await h.Runtime.GetAsync(start.Instance.Id))!.History.Count);
        Assert.Single(h.Store.Records, r => r.Contains("activatePrices", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_timer_of_a_state_left_is_ignored()
    {
        var h = Harness();
        var start = await h.Runtime.StartAsync("CP0001", "trade-show");
        var plannedTimer = Assert.Single(start.Instance!.Timers);
        await h.Runtime.SendEventAsync(start.Instance.Id, "approve");

        var late = await h.Runtime.FireTimerAsync(start.Instance.Id, plannedTimer.Id);
        Assert.Equal(WorkflowTriggerOutcome.Ignored, late.Outcome);
        Assert.Equal("ACTIVE", late.Instance!.State);
    }

    [Fact]
    public async Task An_event_no_transition_waits_for_is_recorded_and_reported()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;

        var result = await h.Runtime.SendEventAsync(id, "complete", """{"by":"KH"}""");

        Assert.Equal(WorkflowTriggerOutcome.Unhandled, result.Outcome);
        Assert.Equal("event 'complete' in state PLANNED of campaign CP0001: no transition waits for it", result.Message);
        var unhandled = Assert.Single(result.Instance!.UnhandledEvents);
        Assert.Equal(("PLANNED", "event 'complete'", """{"by":"KH"}"""), (unhandled.State, unhandled.EventName, unhandled.PayloadJson));
        Assert.Equal("PLANNED", (await h.Runtime.GetAsync(id))!.State);
        Assert.Single((await h.Runtime.GetAsync(id))!.UnhandledEvents);
    }

    [Fact]
    public async Task Cancel_from_active_deactivates_prices_and_cancels_timers()
    {
        var h = Harness();
        var id = (await h.Runtime.StartAsync("CP0001", "trade-show")).Instance!.Id;
        await h.Runtime.SendEventAsync(id, "approve");

        var canceled = await h.Runtime.SendEventAsync(id, "cancel");

        Assert.Equal(("CANCELED", WorkflowInstanceStatus.Completed), (canceled.Instance!.State, canceled.Instance.Status));
        Assert.Equal([WorkflowActionPhase.Transition, WorkflowActionPhase.SetStatus], canceled.Plan!.Actions.Select(a => a.Phase));
        Assert.Equal("CP0001 2024-03-01 deactivatePrices", h.Store.Records[^2]);
        Assert.Empty(h.Scheduler.Armed);
    }

    private static WorkflowHarness Harness()
    {
        var h = new WorkflowHarness(Friday1st);
        h.Campaigns.Add("CP0001", new DateOnly(2024, 3, 4), new DateOnly(2024, 3, 29));
        return h;
    }
}
