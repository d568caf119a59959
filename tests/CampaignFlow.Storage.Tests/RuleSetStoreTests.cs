using CampaignFlow.Storage.RuleSets;
using CampaignFlow.Testing;

namespace CampaignFlow.Storage.Tests;

/// <summary>The rule set store on a real SQLite file: start-up import, versioned saves, conflicts, refusals.</summary>
public sealed class RuleSetStoreTests
{
    private static async Task<(TempStore Store, RuleSetWorld World)> CreateAsync()
    {
        var store = await TempStore.CreateAsync();
        return (store, new RuleSetWorld(store));
    }

    [Fact]
    public async Task Import_creates_version_1_per_workflow_and_an_unchanged_folder_writes_nothing()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""));
        world.Ship("segments/two.json", "[" + RuleSetWorld.Segment("Segments.A", "contact.City == \"A\"") + "," + RuleSetWorld.Segment("Segments.B", "contact.City == \"B\"") + "]");

        var first = await world.ImportAsync();
        Assert.Equal(["Segments.Paris", "Segments.A", "Segments.B"], first.Created);
        var paris = await world.Store.GetAsync("Segments.Paris");
        Assert.Equal(1, paris!.Version);
        Assert.Equal("rules/segments/paris.json", paris.ShippedFile);
        var history = await world.Store.HistoryAsync("Segments.Paris");
        Assert.Equal("imported from rules/segments/paris.json", Assert.Single(history!).Reason);

        var second = await world.ImportAsync();
        Assert.Empty(second.Created);
        Assert.Empty(second.Updated);
        Assert.Equal(3, second.Unchanged.Count);
        Assert.Equal(3, await world.VersionRowsAsync());
        // A reformatted file with the same rules is the same rule set.
        world.Ship("segments/paris.json", "// comment\n" + RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\"").Replace(", ", ",\n    ", StringComparison.Ordinal));
        Assert.Empty((await world.ImportAsync()).Updated);
    }

    [Fact]
    public async Task A_changed_shipped_file_becomes_the_next_version_and_the_snapshot_follows()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""));
        await world.ImportAsync();
        Assert.Equal(1, world.Store.Snapshot.Find("Segments.Paris")!.Version);

        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Lyon\""));
        var result = await world.ImportAsync();

        Assert.Equal(["Segments.Paris"], result.Updated);
        var current = world.Store.Snapshot.Find("Segments.Paris")!;
        Assert.Equal(2, current.Version);
        Assert.Contains("Lyon", current.Workflow.Rules[0].Expression, StringComparison.Ordinal);
        var first = await world.Store.GetVersionAsync("Segments.Paris", 1);
        Assert.Contains("Paris", first!.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_set_edited_in_the_store_is_kept_whether_the_shipped_file_changed_or_not()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""));
        await world.ImportAsync();
        var edited = await world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Nice\""), 1, "admin");
        Assert.Equal(2, edited.Version);

        // The file did not change since it was imported: nothing to do.
        Assert.Equal(["Segments.Paris"], (await world.ImportAsync()).Unchanged);
        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Lyon\""));
        Assert.Equal(["Segments.Paris"], (await world.ImportAsync()).KeptEdited);

        var current = world.Store.Snapshot.Find("Segments.Paris")!;
        Assert.Equal(2, current.Version);
        Assert.Contains("Nice", current.Workflow.Rules[0].Expression, StringComparison.Ordinal);
        var history = await world.Store.HistoryAsync("Segments.Paris");
        Assert.Equal([(2, "admin", RuleSetStore.EditedViaApi), (1, "rules/ import", "imported from rules/segments/paris.json")],
            history!.Select(v => (v.Version, v.CreatedBy, v.Reason)).ToList());
    }

    [Fact]
    public async Task A_deleted_rule_set_is_not_imported_again_keeps_its_history_and_can_be_created_anew()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""));
        await world.ImportAsync();

        await world.Store.DeleteAsync("Segments.Paris", 1, "admin");
        Assert.Null(await world.Store.GetAsync("Segments.Paris"));
        Assert.Null(world.Store.Snapshot.Find("Segments.Paris"));
        Assert.Equal(["Segments.Paris"], (await world.ImportAsync()).Unchanged);
        world.Ship("segments/paris.json", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Lyon\""));
        Assert.Equal(["Segments.Paris"], (await world.ImportAsync()).KeptEdited);
        Assert.Null(await world.Store.GetAsync("Segments.Paris"));
        var history = await world.Store.HistoryAsync("Segments.Paris");
        Assert.Equal(RuleSetStore.DeletedViaApi, history![0].Reason);
        await Assert.ThrowsAsync<RuleSetNotFoundException>(() => world.Store.DeleteAsync("Segments.Paris", null, "admin"));

        var again = await world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""), null, "admin");
        Assert.Equal(3, again.Version);
    }

    [Fact]
    public async Task A_rule_that_does_not_compile_is_refused_with_workflow_rule_and_column_and_nothing_is_written()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        var bad = RuleSetWorld.Segment("Segments.Bad", "contact.City == \"Paris\" && contact.Nope == 1", "Broken");

        var error = await Assert.ThrowsAsync<RuleSetInvalidException>(() => world.Store.SaveAsync("Segments.Bad", bad, null, "admin"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("Segments.Bad", diagnostic.Workflow);
        Assert.Equal("Broken", diagnostic.Rule);
        Assert.Equal(36, diagnostic.Column); // "Nope" in the expression
        Assert.Contains("Nope", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(0, await world.VersionRowsAsync());
        Assert.Null(await world.Store.GetAsync("Segments.Bad"));
    }

    [Theory]
    [InlineData("{ \"WorkflowName\": ", "invalid JSON")]
    [InlineData("[]", "one workflow object")]
    [InlineData("{ \"WorkflowName\": \"Segments.Other\", \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] }", "is not the rule set's name")]
    [InlineData("{ \"WorkflowName\": \"Segments.X\", \"WorkflowsToInject\": [\"Segments.Missing\"], \"Rules\": [ { \"RuleName\": \"R\", \"Expression\": \"true\" } ] }", "Segments.Missing")]
    public async Task Malformed_or_misnamed_rule_sets_are_refused(string json, string expected)
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        var error = await Assert.ThrowsAsync<RuleSetInvalidException>(() => world.Store.SaveAsync("Segments.X", json, null, "admin"));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await world.VersionRowsAsync());
    }

    [Fact]
    public async Task Stale_versions_are_conflicts_and_the_same_json_again_writes_nothing()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        var json = RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\"");
        await world.Store.SaveAsync("Segments.Paris", json, null, "admin");

        var exists = await Assert.ThrowsAsync<RuleSetConflictException>(() => world.Store.SaveAsync("Segments.Paris", json, null, "admin"));
        Assert.Contains("already exists at version 1", exists.Message, StringComparison.Ordinal);
        await world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Lyon\""), 1, "admin");
        var stale = await Assert.ThrowsAsync<RuleSetConflictException>(() => world.Store.SaveAsync("Segments.Paris", json, 1, "other"));
        Assert.Equal((1, 2), (stale.ExpectedVersion, stale.ActualVersion));
        await Assert.ThrowsAsync<RuleSetConflictException>(() => world.Store.DeleteAsync("Segments.Paris", 1, "other"));

        var same = await world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Lyon\""), 2, "admin");
        Assert.Equal(2, same.Version);
        Assert.Equal(2, await world.VersionRowsAsync());
    }

    [Fact]
    public async Task Two_hosts_saving_from_the_same_version_one_wins_the_other_gets_a_conflict()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        await world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"Paris\""), null, "admin");
        var other = world.NewStore();

        var results = await Task.WhenAll(
            Capture(() => world.Store.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"A\""), 1, "a")),
            Capture(() => other.SaveAsync("Segments.Paris", RuleSetWorld.Segment("Segments.Paris", "contact.City == \"B\""), 1, "b")));

        Assert.Single(results, r => r is null);
        Assert.IsType<RuleSetConflictException>(Assert.Single(results, r => r is not null));
        Assert.Equal(2, await world.VersionRowsAsync());
        Assert.Equal(2, (await world.Store.GetAsync("Segments.Paris"))!.Version);
    }

    [Fact]
    public async Task A_shipped_file_that_does_not_validate_is_reported_and_the_others_are_imported()
    {
        var (store, world) = await CreateAsync();
        using var _ = store;
        using var __ = world;
        world.Ship("segments/good.json", RuleSetWorld.Segment("Segments.Good", "contact.City == \"Paris\""));
        world.Ship("segments/broken.json", "{ \"WorkflowName\": ");
        world.Ship("segments/wrong.json", RuleSetWorld.Segment("Segments.Wrong", "contact.Name > 3"));

        var result = await world.ImportAsync();

        Assert.Equal(["Segments.Good"], result.Created);
        Assert.Equal(["rules/segments/broken.json", "Segments.Wrong"], result.Refused);
        Assert.Equal(1, await world.VersionRowsAsync());
    }

    private static async Task<Exception?> Capture(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex) when (ex is RuleSetConflictException)
        {
            return ex;
        }
    }
}
