using CampaignFlow.Domain.Activities;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>
/// The shipped trade-show workflow runs seed 001's campaign with Quartz really firing the timers from its job store in
/// the SQLite file. Quartz and the runtime share one fake clock (Quartz 4.7 takes the container's TimeProvider), so
/// moving the clock past a due date makes Quartz fire within its 1 s idle wait.
/// </summary>
public sealed class TradeShowEndToEndTests
{
    [Fact]
    public async Task Seed001_runs_end_to_end_and_survives_a_restart_with_every_timer_firing_once()
    {
        using var seeded = await SeededStore.CreateAsync();
        Guid id;
        Guid followUpTimer;
        Guid endingTimer;
        var firings = new List<(Guid TimerId, WorkflowTriggerOutcome Outcome)>();
        await using (var host = await seeded.StartHostAsync())
        {
            var started = await host.Workflows.StartAsync(Seed001.CampaignNo, "trade-show");
            Assert.Equal(WorkflowTriggerOutcome.Transitioned, started.Outcome);
            id = started.Instance!.Id;
            Assert.Equal("PLANNED", started.Instance.State);
            Assert.Equal(Seed001.StartingDate, Assert.Single(started.Instance.Timers).DueDate);

            var approved = await host.Workflows.SendEventAsync(id, "approve");
            Assert.Equal(WorkflowTriggerOutcome.Transitioned, approved.Outcome);
            Assert.Equal("ACTIVE", approved.Instance!.State);
            Assert.Equal(["activate CP0001"], seeded.Pricing.Calls);
            Assert.Equal(["SM0001 send=True followUp=True"], seeded.Segments.Logged);
            followUpTimer = approved.Instance.Timers.Single(t => t.Description.Contains("1W", StringComparison.Ordinal)).Id;
            Assert.Equal(new DateOnly(2026, 1, 9), approved.Instance.Timers.Single(t => t.Id == followUpTimer).DueDate);

            seeded.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 9, 0, 0, 1, TimeSpan.Zero));
            var followUp = await host.WaitForAsync(id, i => i.State == "FOLLOW-UP", "FOLLOW-UP after one week");
            endingTimer = Assert.Single(followUp.Timers).Id;
            Assert.Equal(new DateOnly(2026, 3, 31), followUp.Timers[0].DueDate);
            await Task.Delay(500); // let the job finish before the host stops
            firings.AddRange(host.Firings.All);
        }

        // Restart: a new host on the same file; the ending-date timer is still armed in Quartz's job store.
        await using (var host = await seeded.StartHostAsync())
        {
            seeded.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 31, 0, 0, 2, TimeSpan.Zero));
            var completed = await host.WaitForAsync(id, i => i.Status == WorkflowInstanceStatus.Completed, "COMPLETED at the ending date");
            Assert.Equal("COMPLETED", completed.State);
            Assert.Empty(completed.Timers);
            Assert.Equal(["start", "event 'approve'", "timer after 1W", "timer at endingDate"], completed.History.Select(h => h.Cause));
            Assert.Equal(["activate CP0001", "deactivate CP0001"], seeded.Pricing.Calls);

            // The canceled starting-date timer must never move the instance, even now that its date has passed.
            await Task.Delay(2500);
            Assert.Equal(4, (await host.Workflows.GetAsync(id))!.History.Count);
            firings.AddRange(host.Firings.All);
        }

        // Each timer moved the instance exactly once; a replay (Quartz recovering a job cut short by the restart) is Ignored.
        var effective = firings.Where(f => f.Outcome == WorkflowTriggerOutcome.Transitioned).Select(f => f.TimerId).ToList();
        Assert.Equal([followUpTimer, endingTimer], effective);
        Assert.All(firings.Where(f => f.Outcome != WorkflowTriggerOutcome.Transitioned), f => Assert.Equal(WorkflowTriggerOutcome.Ignored, f.Outcome));

        await using var db = seeded.Store.Open();
        Assert.Equal("COMPLETED", (await db.Campaigns.SingleAsync(c => c.No == Seed001.CampaignNo)).StatusCode);
        var tasks = await db.Tasks.AsNoTracking().OrderBy(t => t.No).ToListAsync();
        Assert.Equal(10, tasks.Count); // 5 follow-up contacts × 2 steps, dated from the FOLLOW-UP entry date
        Assert.Equal(5, tasks.Count(t => t.Type == ActivityStepType.PhoneCall && t.Date == new DateOnly(2026, 1, 9)));
        Assert.Equal(5, tasks.Count(t => t.Type == ActivityStepType.Meeting && t.Date == new DateOnly(2026, 1, 16)));
        Assert.All(tasks, t => Assert.Equal("SM0002", t.SegmentNo));
        Assert.Equal("TD000001", tasks[0].No);
        Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM qrtz_triggers WHERE trigger_group = 'workflow-timers'").SingleAsync());
        Assert.Equal(0, await db.WorkflowTimers.CountAsync());
        Assert.Equal(4, await db.WorkflowHistory.CountAsync(h => h.InstanceId == id));
    }

    [Fact]
    public async Task A_timer_due_while_the_host_was_down_fires_once_at_start_up()
    {
        using var seeded = await SeededStore.CreateAsync();
        Guid id;
        await using (var host = await seeded.StartHostAsync())
        {
            id = (await host.Workflows.StartAsync(Seed001.CampaignNo, "trade-show")).Instance!.Id;
            Assert.Equal("ACTIVE", (await host.Workflows.SendEventAsync(id, "approve")).Instance!.State);
        }

        // Down for three weeks: the 1W timer is long past its misfire threshold.
        seeded.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 26, 10, 0, 0, TimeSpan.Zero));
        await using (var host = await seeded.StartHostAsync())
        {
            var followUp = await host.WaitForAsync(id, i => i.State == "FOLLOW-UP", "FOLLOW-UP fired at start-up");
            await Task.Delay(2500);
            var after = (await host.Workflows.GetAsync(id))!;
            Assert.Equal("FOLLOW-UP", after.State);
            Assert.Single(after.History, h => h.Cause == "timer after 1W");
            Assert.Single(host.Firings.All);
            Assert.Equal(followUp.Version, after.Version);
        }
    }
}
