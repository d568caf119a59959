using CampaignFlow.Host.Cli;

namespace CampaignFlow.Host.Tests.Cli;

/// <summary>`campaignflow segment …` on the demo store (a real SQLite file): the builder end to end, and each bad path's exit code and message.</summary>
public sealed class SegmentCliTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string Purchase = "Segments.Walkthrough/Purchase";
    private const string Prospects = "Segments.Walkthrough/Prospects";

    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--database", host.DatabasePath]);

    private async Task<string> CreateAsync(string description) =>
        (await RunAsync("segment", "create", "--description", description, "--json")).Json().GetProperty("no").GetString()!;

    [Fact]
    public async Task A_segment_is_built_previewed_undone_saved_reused_and_linked_from_the_command_line()
    {
        var no = await CreateAsync("CLI buyers");

        var preview = (await RunAsync("segment", "preview", no, "--rule", Purchase, "--json")).Json();
        var expected = preview.GetProperty("count").GetInt32();
        Assert.True(expected > 0);

        var added = (await RunAsync("segment", "add", no, "--rule", Purchase, "--json")).Json();
        Assert.Equal(expected, added.GetProperty("linesAffected").GetInt32());
        Assert.Equal(expected, added.GetProperty("noOfLines").GetInt32());
        Assert.Equal("Add", added.GetProperty("kind").GetString());

        var toRemove = (await RunAsync("segment", "preview", no, "--action", "Reduce", "--rule", Prospects, "--json")).Json().GetProperty("count").GetInt32();
        var reduced = (await RunAsync("segment", "reduce", no, "--rule", Prospects, "--json")).Json();
        Assert.Equal(toRemove, reduced.GetProperty("linesAffected").GetInt32());
        Assert.Equal(expected - toRemove, reduced.GetProperty("noOfLines").GetInt32());

        var refined = (await RunAsync("segment", "refine", no, "--expression", "contact.Type == \"Person\" || contact.Type == \"Company\"", "--json")).Json();
        Assert.Equal(0, refined.GetProperty("linesAffected").GetInt32());

        var undone = (await RunAsync("segment", "undo", no, "--json")).Json();
        Assert.Equal("Refine", undone.GetProperty("kind").GetString());
        Assert.Equal(expected - toRemove, undone.GetProperty("noOfLines").GetInt32());

        var shown = (await RunAsync("segment", "show", no, "--json")).Json();
        Assert.Equal("CLI buyers", shown.GetProperty("description").GetString());
        Assert.Equal(expected - toRemove, shown.GetProperty("noOfLines").GetInt32());
        var criteria = shown.GetProperty("criteria").EnumerateArray().ToList();
        Assert.Equal(2, criteria.Count);
        Assert.Equal(Purchase, criteria[0].GetProperty("rule").GetString());
        Assert.Equal("Reduce", criteria[1].GetProperty("kind").GetString());

        var text = await RunAsync("segment", "show", no);
        Assert.Equal(ExitCodes.Ok, text.ExitCode);
        Assert.Contains($"{expected - toRemove} line(s)", text.Output, StringComparison.Ordinal);
        Assert.Contains("Add rule " + Purchase, text.Output, StringComparison.Ordinal);

        var saved = (await RunAsync("segment", "save-criteria", no, "CLI-BUYERS", "--description", "Buyers", "--json")).Json();
        Assert.Equal(2, saved.GetProperty("actions").GetInt32());
        var other = await CreateAsync("CLI buyers again");
        var reused = (await RunAsync("segment", "reuse-criteria", other, "CLI-BUYERS", "--json")).Json().EnumerateArray().ToList();
        Assert.Equal(2, reused.Count);
        Assert.Equal(expected - toRemove, reused[^1].GetProperty("noOfLines").GetInt32());

        var linked = (await RunAsync("segment", "link", no, "--campaign", "CP0001", "--json")).Json();
        Assert.Equal("CP0001", linked.GetProperty("campaignNo").GetString());
        Assert.True(linked.GetProperty("campaignTarget").GetBoolean());
        var listed = (await RunAsync("segment", "list", "--campaign", "CP0001", "--json")).Json().EnumerateArray().ToList();
        Assert.Contains(listed, s => s.GetProperty("no").GetString() == no && s.GetProperty("noOfLines").GetInt32() == expected - toRemove);
    }

    [Fact]
    public async Task A_segment_created_for_a_campaign_is_its_target_and_add_takes_the_action_options()
    {
        var created = (await RunAsync("segment", "create", "--description", "For CP0001", "--campaign", "CP0001", "--json")).Json();
        Assert.Equal("CP0001", created.GetProperty("campaignNo").GetString());
        var no = created.GetProperty("no").GetString()!;
        var first = (await RunAsync("segment", "add", no, "--expression", "contact.No == \"CT000002\"", "--json")).Json();
        Assert.Equal(1, first.GetProperty("noOfLines").GetInt32());
        var withoutExisting = (await RunAsync("segment", "add", no, "--expression", "contact.No == \"CT000002\"", "--json")).Json();
        Assert.Equal(0, withoutExisting.GetProperty("linesAffected").GetInt32());
        var withExisting = (await RunAsync("segment", "add", no, "--expression", "contact.No == \"CT000002\"", "--allow-existing", "--json")).Json();
        Assert.Equal(1, withExisting.GetProperty("linesAffected").GetInt32());
        Assert.Equal(2, withExisting.GetProperty("noOfLines").GetInt32());
    }

    [Fact]
    public async Task An_unknown_segment_exits_not_found_and_names_it()
    {
        foreach (var args in new[]
        {
            new[] { "segment", "show", "SM9999" }, ["segment", "add", "SM9999", "--rule", Purchase], ["segment", "undo", "SM9999"],
            ["segment", "preview", "SM9999", "--expression", "true"], ["segment", "save-criteria", "SM9999", "X"], ["segment", "link", "SM9999", "--campaign", "CP0001"],
        })
        {
            var run = await RunAsync(args);
            Assert.True(ExitCodes.NotFound == run.ExitCode, $"{string.Join(' ', args)} → {run.ExitCode}: {run.Error}");
            Assert.Contains("'SM9999'", run.Error, StringComparison.Ordinal);
        }
        var json = await RunAsync("segment", "show", "SM9999", "--json");
        Assert.Equal(ExitCodes.NotFound, json.ExitCode);
        Assert.Contains("\"exitCode\":7", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_expression_or_rule_exits_bad_input_naming_the_position_and_changes_nothing()
    {
        var no = await CreateAsync("CLI bad filters");
        var badExpression = await RunAsync("segment", "add", no, "--expression", "contact.Nmae == \"x\"");
        Assert.Equal(ExitCodes.BadInput, badExpression.ExitCode);
        Assert.Contains("column", badExpression.Error, StringComparison.Ordinal);
        Assert.Contains("Nmae", badExpression.Error, StringComparison.Ordinal);

        var unknownRule = await RunAsync("segment", "preview", no, "--rule", "Segments.Walkthrough/Nope");
        Assert.Equal(ExitCodes.BadInput, unknownRule.ExitCode);
        Assert.Contains("no rule 'Nope'", unknownRule.Error, StringComparison.Ordinal);

        var unknownCampaign = await RunAsync("segment", "link", no, "--campaign", "CP9999");
        Assert.Equal(ExitCodes.NotFound, unknownCampaign.ExitCode);
        Assert.Contains("CP9999", unknownCampaign.Error, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("segment", "show", no, "--json")).Json().GetProperty("noOfLines").GetInt32());
        Assert.Equal(ExitCodes.NotFound, (await RunAsync("segment", "reuse-criteria", no, "NO-SUCH-CRITERIA")).ExitCode);
        var before = (await RunAsync("segment", "list", "--json")).Json().GetArrayLength();
        var unknownTemplate = await RunAsync("segment", "create", "--description", "x", "--template", "NO-SUCH");
        Assert.Equal(ExitCodes.NotFound, unknownTemplate.ExitCode);
        Assert.Contains("NO-SUCH", unknownTemplate.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await RunAsync("segment", "list", "--json")).Json().GetArrayLength());
        Assert.Equal(ExitCodes.BadInput, (await RunAsync("segment", "save-criteria", no, "EMPTY")).ExitCode);
    }

    [Fact]
    public async Task Saving_criteria_twice_under_one_code_is_a_conflict_unless_replaced()
    {
        var no = await CreateAsync("CLI twice");
        (await RunAsync("segment", "add", no, "--rule", Purchase, "--json")).Json();
        Assert.Equal(ExitCodes.Ok, (await RunAsync("segment", "save-criteria", no, "CLI-TWICE")).ExitCode);
        var again = await RunAsync("segment", "save-criteria", no, "CLI-TWICE");
        Assert.Equal(ExitCodes.Conflict, again.ExitCode);
        Assert.Contains("already saved", again.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, (await RunAsync("segment", "save-criteria", no, "CLI-TWICE", "--replace")).ExitCode);
    }

    [Fact]
    public async Task Missing_or_conflicting_arguments_are_usage_errors()
    {
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("segment", "show")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("segment", "create")).ExitCode);
        var noFilter = await CliRun.RunAsync("segment", "add", "SM0001");
        Assert.Equal(ExitCodes.Usage, noFilter.ExitCode);
        Assert.Contains("--rule", noFilter.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("segment", "refine", "SM0001", "--rule", Purchase, "--expression", "true")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("segment", "reduce", "SM0001", "--rule", "NoSlash")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("segment", "reduce", "SM0001", "--rule", Purchase, "--allow-existing")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("segment", "preview", "SM0001", "--action", "Undo", "--expression", "true")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("segment", "link", "SM0001")).ExitCode);
    }
}
