using CampaignFlow.Domain.Activities;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>
/// "Due tasks can trigger workflow events": the due-task scan runs on Quartz (fake clock) and sends the configured
/// event to the campaign's running instance once per task that comes due, never again on later scans.
/// </summary>
public sealed class DueTaskEventTests
{
    private const string Workflow = """{"id":"due-tasks","version":1,"name":"Due tasks","initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"taskDue","to":"ACTIVE"}]},"ACTIVE":{"on":[{"event":"taskDue","to":"PLANNED"}]}}}""";

    [Fact]
    public async Task A_task_coming_due_sends_the_event_to_the_campaigns_instance_exactly_once()
    {
        using var seeded = await SeededStore.CreateAsync();
        await File.WriteAllTextAsync(Path.Combine(seeded.DefinitionsPath, "due-tasks.json"), Workflow);
        await using (var db = seeded.Store.Open())
        {
            // Due tomorrow (the clock stands at 2026-01-02).
            db.Tasks.Add(new SalesTask { No = "TD900001", SalespersonCode = "JO", CampaignNo = Seed001.CampaignNo, Type = ActivityStepType.PhoneCall, Date = new DateOnly(2026, 1, 3), Description = "Call back" });
            await db.SaveChangesAsync();
        }

        var extra = new Dictionary<string, string?>
        {
            ["Workflows:Hosting:DueTaskEvent"] = "taskDue",
            ["Workflows:Hosting:DueTaskScanInterval"] = "00:01:00",
        };
        await using var host = await WorkflowTestHost.StartAsync(seeded.Store.Options, seeded.DefinitionsPath, seeded.Clock, seeded.Pricing, seeded.Segments, extra);
        var started = await host.Workflows.StartAsync(Seed001.CampaignNo, "due-tasks");
        Assert.Equal(WorkflowTriggerOutcome.Transitioned, started.Outcome);
        var id = started.Instance!.Id;

        // Scans while the task is not yet due send nothing.
        seeded.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 2, 9, 5, 0, TimeSpan.Zero));
        await Task.Delay(2500);
        Assert.Equal("PLANNED", (await host.Workflows.GetAsync(id))!.State);

        // The task's date arrives: the next scan sends taskDue once.
        seeded.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 3, 0, 0, 30, TimeSpan.Zero));
        var moved = await host.WaitForAsync(id, i => i.State == "ACTIVE", "ACTIVE on the due task");
        Assert.Contains("taskDue", moved.History[^1].Cause, StringComparison.Ordinal);

        // Later scans of the same day and the next day do not send it again (a second event would move it back).
        seeded.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 3, 0, 10, 0, TimeSpan.Zero));
        await Task.Delay(2500);
        seeded.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 4, 0, 10, 0, TimeSpan.Zero));
        await Task.Delay(2500);
        var after = (await host.Workflows.GetAsync(id))!;
        Assert.Equal("ACTIVE", after.State);
        Assert.Equal(2, after.History.Count);
        Assert.Empty(after.UnhandledEvents);
    }
}
