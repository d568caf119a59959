using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>Refusals, incidents, retries and concurrency over the real store.</summary>
public sealed class WorkflowRuntimeStoreTests
{
    [Fact]
    public async Task An_event_for_an_unknown_instance_is_a_clear_not_found_error()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var unknown = Guid.NewGuid();
        var error = await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => host.Workflows.SendEventAsync(unknown, "approve"));
        Assert.Equal($"workflow instance {unknown} does not exist", error.Message);
        var none = Assert.Single(await host.Workflows.SendCampaignEventAsync("CP9999", "approve"));
        Assert.Equal(WorkflowTriggerOutcome.Rejected, none.Outcome);
        Assert.Contains("campaign CP9999 has no running workflow", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_action_records_an_incident_rolls_everything_back_and_can_be_retried()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var id = (await host.Workflows.StartAsync(Seed001.CampaignNo, "trade-show")).Instance!.Id;
        seeded.Pricing.FailWith = "price list locked";

        var failed = await host.Workflows.SendEventAsync(id, "approve");

        Assert.Equal(WorkflowTriggerOutcome.Faulted, failed.Outcome);
        Assert.Equal("activatePrices", failed.Incident!.Step);
        Assert.Equal("InvalidOperationException: price list locked", failed.Incident.Message);
        var stored = (await host.Workflows.GetAsync(id))!;
        Assert.Equal("PLANNED", stored.State);
        Assert.NotNull(stored.OpenIncident);
        await using (var db = seeded.Store.Open())
        {
            Assert.Equal("PLANNED", (await db.Campaigns.SingleAsync()).StatusCode);
            Assert.Equal(1, await db.WorkflowIncidents.CountAsync(i => i.ResolvedAt == null));
        }

        seeded.Pricing.FailWith = null;
        var retried = await host.Workflows.RetryAsync(id);

        Assert.Equal(WorkflowTriggerOutcome.Transitioned, retried.Outcome);
        Assert.Equal("ACTIVE", retried.Instance!.State);
        Assert.Null(retried.Instance.OpenIncident);
        Assert.Equal("retried: transition", Assert.Single(retried.Instance.Incidents).Resolution);
        await using (var db = seeded.Store.Open())
        {
            Assert.Equal("ACTIVE", (await db.Campaigns.SingleAsync()).StatusCode);
            Assert.Equal(1, await db.Segments.CountAsync(s => s.Description == "Follow-up on segment SM0001"));
        }
    }

    [Fact]
    public async Task A_transition_into_a_deleted_status_code_is_refused_and_nothing_changes()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var id = (await host.Workflows.StartAsync(Seed001.CampaignNo, "trade-show")).Instance!.Id;
        await using (var db = seeded.Store.Open())
        {
            await db.CampaignStatuses.Where(s => s.Code == "ACTIVE").ExecuteDeleteAsync();
        }

        var refused = await host.Workflows.SendEventAsync(id, "approve");

        Assert.Equal(WorkflowTriggerOutcome.Rejected, refused.Outcome);
        Assert.Equal("state ACTIVE cannot be entered: the status code 'ACTIVE' no longer exists", refused.Message);
        Assert.Equal("PLANNED", (await host.Workflows.GetAsync(id))!.State);
        Assert.Empty(seeded.Pricing.Calls);
    }

    [Fact]
    public async Task Concurrent_events_on_one_instance_transition_it_exactly_once()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var id = (await host.Workflows.StartAsync(Seed001.CampaignNo, "trade-show")).Instance!.Id;

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => host.Workflows.SendEventAsync(id, "approve"))));

        Assert.Single(results, r => r.Outcome == WorkflowTriggerOutcome.Transitioned);
        Assert.All(results.Where(r => r.Outcome != WorkflowTriggerOutcome.Transitioned), r => Assert.Equal(WorkflowTriggerOutcome.Unhandled, r.Outcome));
        var instance = (await host.Workflows.GetAsync(id))!;
        Assert.Single(instance.History, h => h.To == "ACTIVE");
        Assert.Equal(7, instance.UnhandledEvents.Count);
        // The losers' actions ran in transactions that rolled back: the store holds one transition's records only.
        await using var db = seeded.Store.Open();
        Assert.Equal(1, await db.Segments.CountAsync(s => s.Description == "Follow-up on segment SM0001"));
        Assert.Equal("ACTIVE", (await db.Campaigns.SingleAsync()).StatusCode);
        Assert.Equal(2, await db.WorkflowHistory.CountAsync(h => h.InstanceId == id));
    }

    [Fact]
    public async Task Starting_twice_is_refused_and_a_changed_definition_file_becomes_a_new_version_while_running_instances_stay()
    {
        using var seeded = await SeededStore.CreateAsync();
        Guid id;
        await using (var host = await seeded.StartHostAsync())
        {
            id = (await host.Workflows.StartAsync(Seed001.CampaignNo, "trade-show")).Instance!.Id;
            var again = await host.Workflows.StartAsync(Seed001.CampaignNo, "trade-show");
            Assert.Equal(WorkflowTriggerOutcome.Rejected, again.Outcome);
            Assert.Contains("already runs workflow trade-show v1", again.Message, StringComparison.Ordinal);
        }

        var file = Path.Combine(seeded.DefinitionsPath, "trade-show.json");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("\"after\": \"1W\"", "\"after\": \"2W\"", StringComparison.Ordinal));
        await using (var host = await seeded.StartHostAsync())
        {
            Assert.Equal([1, 2], host.Workflows.ListDefinitions().Where(d => d.Id == "trade-show").Select(d => d.Version));
            var approved = await host.Workflows.SendEventAsync(id, "approve");
            Assert.Equal(1, approved.Instance!.WorkflowVersion);
            Assert.Contains(approved.Instance.Timers, t => t.DueDate == new DateOnly(2026, 1, 9)); // still 1W: v1
        }

        await using var db = seeded.Store.Open();
        Assert.Equal(2, await db.WorkflowDefinitions.CountAsync(d => d.WorkflowId == "trade-show"));
    }

    [Fact]
    public async Task Validating_a_file_names_the_file_the_place_and_the_problem()
    {
        using var seeded = await SeededStore.CreateAsync();
        await using var host = await seeded.StartHostAsync();
        var path = Path.Combine(seeded.Store.Directory, "bad.json");
        await File.WriteAllTextAsync(path, """{"id":"bad","version":1,"initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"NOWHERE"}]}}}""");

        var errors = await host.Workflows.ValidateFileAsync(path);

        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal("bad.json", e.Source));
        Assert.Contains(errors, e => e.Message.Contains("NOWHERE", StringComparison.Ordinal));
        Assert.Empty(await host.Workflows.ValidateFileAsync(Path.Combine(seeded.DefinitionsPath, "trade-show.json")));
    }
}
