using CampaignFlow.Host.Cli;

namespace CampaignFlow.Host.Tests.Cli;

/// <summary>`campaignflow log …` on the demo store: Log Segment prints the logged segment and counts; cancel, delete and their refusals.</summary>
public sealed class LogCliTests(RunningHost host) : IClassFixture<RunningHost>
{
    private Task<CliRun> RunAsync(params string[] args) => CliRun.RunAsync([.. args, "--database", host.DatabasePath]);

    [Fact]
    public async Task A_segment_is_logged_listed_canceled_and_deleted_from_the_command_line()
    {
        var no = (await RunAsync("segment", "create", "--description", "CLI log", "--campaign", "CP0001", "--template", "BUS", "--json")).Json().GetProperty("no").GetString()!;
        var lines = (await RunAsync("segment", "add", no, "--expression", "contact.Type == \"Person\"", "--json")).Json().GetProperty("noOfLines").GetInt32();
        Assert.True(lines > 0);

        var logged = (await RunAsync("log", "segment", no, "--description", "CLI logged", "--follow-up", "--json")).Json();
        var entryNo = logged.GetProperty("loggedSegmentEntryNo").GetInt32();
        Assert.Equal(lines, logged.GetProperty("interactionCount").GetInt32());
        Assert.True(logged.GetProperty("campaignEntryNos").TryGetProperty("CP0001", out _));
        Assert.Equal(0, logged.GetProperty("deliveryCount").GetInt32());
        var followUp = logged.GetProperty("followUpSegmentNo").GetString()!;
        Assert.Equal(lines, (await RunAsync("segment", "show", followUp, "--json")).Json().GetProperty("noOfLines").GetInt32());

        var listed = (await RunAsync("log", "list", "--json")).Json().EnumerateArray().Single(l => l.GetProperty("entryNo").GetInt32() == entryNo);
        Assert.Equal("CLI logged", listed.GetProperty("description").GetString());
        Assert.Equal(lines, listed.GetProperty("noOfInteractions").GetInt32());
        Assert.Contains("CLI logged", (await RunAsync("log", "list")).Output, StringComparison.Ordinal);

        var again = await RunAsync("log", "segment", no);
        Assert.Equal(ExitCodes.Conflict, again.ExitCode);
        Assert.Contains($"logged segment {entryNo}", again.Error, StringComparison.Ordinal);
        var changeLogged = await RunAsync("segment", "add", no, "--expression", "true");
        Assert.Equal(ExitCodes.Conflict, changeLogged.ExitCode);

        var notCanceled = await RunAsync("log", "delete", entryNo.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ExitCodes.Conflict, notCanceled.ExitCode);
        Assert.Contains("cancel it first", notCanceled.Error, StringComparison.Ordinal);
        var entry = entryNo.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True((await RunAsync("log", "cancel", entry, "--json")).Json().GetProperty("canceled").GetBoolean());
        Assert.Equal(ExitCodes.Ok, (await RunAsync("log", "delete", entry)).ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await RunAsync("log", "delete", entry)).ExitCode);
        Assert.Equal(ExitCodes.NotFound, (await RunAsync("log", "cancel", entry)).ExitCode);
    }

    [Fact]
    public async Task Logging_an_unknown_or_empty_segment_says_why_and_writes_nothing()
    {
        var unknown = await RunAsync("log", "segment", "SM9999", "--json");
        Assert.Equal(ExitCodes.NotFound, unknown.ExitCode);
        Assert.Contains("SM9999", unknown.Output, StringComparison.Ordinal);
        Assert.Contains("SM9999", unknown.Error, StringComparison.Ordinal);

        var empty = (await RunAsync("segment", "create", "--description", "CLI empty", "--template", "BUS", "--json")).Json().GetProperty("no").GetString()!;
        var refused = await RunAsync("log", "segment", empty, "--send");
        Assert.Equal(ExitCodes.BadInput, refused.ExitCode);
        Assert.Contains("no lines", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("segment", "show", empty, "--json")).Json().GetProperty("noOfLines").GetInt32());
    }

    [Fact]
    public async Task Missing_or_malformed_arguments_are_usage_errors()
    {
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("log", "segment")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("log", "cancel", "abc")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("log", "delete")).ExitCode);
        Assert.Equal(ExitCodes.Usage, (await CliRun.RunAsync("log", "list", "--take", "0")).ExitCode);
    }
}
