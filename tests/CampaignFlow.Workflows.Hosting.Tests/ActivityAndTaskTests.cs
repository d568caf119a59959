using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Workflows.Hosting.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>Activities → tasks, over the real store.</summary>
public sealed class ActivityAndTaskTests
{
    private static readonly DateOnly Start = new(1996, 5, 21); // a Tuesday, DOMAIN.md's example date

    [Fact]
    public async Task A_team_gets_an_organizer_task_and_one_per_member_per_step_each_dated_from_the_same_start()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var activities = host.Services.GetRequiredService<ActivityService>();
        await activities.SaveAsync(new Activity
        {
            Code = "QUARTER",
            Description = "Quarter review",
            Steps = [new() { StepNo = 1, Type = ActivityStepType.Meeting, DateFormula = "CQ+1M-10D", Description = "Review" }, new() { StepNo = 2, DateFormula = "-WD2", Description = "Prepare" }],
        });

        var result = await activities.AssignAsync(new ActivityAssignment("QUARTER", AssignmentTargetKind.Team, "FAIR", Start, Seed001.CampaignNo));

        Assert.Equal(6, result.TaskCount); // (organizer + JO + PS) × 2 steps
        await using var db = seeded.Store.Open();
        var tasks = await db.Tasks.AsNoTracking().OrderBy(t => t.No).ToListAsync();
        Assert.Equal([new DateOnly(1996, 7, 20), new DateOnly(1996, 5, 14)], tasks.Take(2).Select(t => t.Date));
        Assert.All(tasks.Take(2), t => Assert.Null(t.SalespersonCode));
        Assert.Equal(["JO", "JO", "PS", "PS"], tasks.Skip(2).Select(t => t.SalespersonCode));
        Assert.Equal([tasks[0].No, tasks[1].No, tasks[0].No, tasks[1].No], tasks.Skip(2).Select(t => t.OrganizerTaskNo));
        Assert.All(tasks, t => Assert.Equal("FAIR", t.TeamCode));
    }

    [Fact]
    public async Task A_blocked_salesperson_is_refused_and_nothing_is_written()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var activities = host.Services.GetRequiredService<ActivityService>();

        var error = await Assert.ThrowsAsync<DomainException>(() => activities.AssignAsync(new ActivityAssignment("FOLLOWUP", AssignmentTargetKind.Salesperson, "BLOCKED", Start)));

        Assert.Equal("Salesperson 'BLOCKED', field Blocked: is blocked and cannot be assigned.", error.Message);
        await using var db = seeded.Store.Open();
        Assert.Equal(0, await db.Tasks.CountAsync());
        Assert.Equal(0, (await db.NumberSeries.SingleAsync(n => n.Code == NumberSeries.Tasks)).LastNo);
    }

    [Fact]
    public async Task A_bad_step_formula_is_refused_naming_the_step_and_the_position()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var activities = host.Services.GetRequiredService<ActivityService>();

        var error = await Assert.ThrowsAsync<DomainException>(() => activities.SaveAsync(new Activity { Code = "BAD", Description = "Bad", Steps = [new() { StepNo = 3, DateFormula = "1X", Description = "x" }] }));

        Assert.StartsWith("Activity 'BAD', field Steps[3].DateFormula:", error.Message, StringComparison.Ordinal);
        Assert.Contains("position", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Null(await activities.FindAsync("BAD"));
    }

    [Fact]
    public async Task Closing_a_recurring_task_creates_the_next_by_its_formula_and_cancel_and_close_are_guarded()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var activities = host.Services.GetRequiredService<ActivityService>();
        var tasks = host.Services.GetRequiredService<TaskService>();
        var assigned = await activities.AssignAsync(new ActivityAssignment("FOLLOWUP", AssignmentTargetKind.Contact, "CT000002", Start));
        Assert.Equal(2, assigned.TaskCount);
        await tasks.SetRecurrenceAsync(assigned.FirstTaskNo!, "1M");

        var next = await tasks.CloseAsync(assigned.FirstTaskNo!, Start);

        Assert.NotNull(next);
        Assert.Equal(new DateOnly(1996, 6, 21), next.Date);
        Assert.Equal("PS", next.SalespersonCode); // the contact's salesperson
        Assert.True((await tasks.FindAsync(assigned.FirstTaskNo!))!.Closed);
        await tasks.CancelAsync(assigned.LastTaskNo!);
        await Assert.ThrowsAsync<DomainException>(() => tasks.CloseAsync(assigned.LastTaskNo!, Start));
        var open = await tasks.ListAsync(new TaskQuery(ContactNo: "CT000002", OpenOnly: true));
        Assert.Equal([next.No], open.Select(t => t.No));
        await Assert.ThrowsAsync<DomainException>(() => tasks.SetRecurrenceAsync(next.No, "1Q+"));
    }

    [Fact]
    public async Task A_segment_of_ten_thousand_contacts_gets_its_tasks_in_one_bulk_assignment()
    {
        using var seeded = await SeededStore.CreateAsync(contacts: 10_000);
        await using var host = await seeded.StartHostAsync();

        var result = await host.Services.GetRequiredService<ActivityService>().AssignAsync(new ActivityAssignment("FOLLOWUP", AssignmentTargetKind.Segment, Seed001.TargetSegmentNo, Start));

        Assert.Equal(20_000, result.TaskCount);
        Assert.Equal(("TD000001", "TD020000"), (result.FirstTaskNo, result.LastTaskNo));
        await using var db = seeded.Store.Open();
        Assert.Equal(10_000, await db.Tasks.CountAsync(t => t.Date == new DateOnly(1996, 5, 28) && t.Type == ActivityStepType.Meeting));
        Assert.Equal(5_000, await db.Tasks.CountAsync(t => t.SalespersonCode == "PS" && t.Type == ActivityStepType.PhoneCall));
        Assert.Equal(20_000, (await db.NumberSeries.SingleAsync(n => n.Code == NumberSeries.Tasks)).LastNo);
    }
}
