using System.Text.Json;

namespace CampaignFlow.EndToEnd.Tests;

/// <summary>`campaignflow workflow validate|start|send|status` on a demo store, as an admin types them.</summary>
public sealed class WorkflowCliTests(DemoStore store) : IClassFixture<DemoStore>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        await using var process = HostProcess.Start(store.Folder, [.. args, "--database", store.Database]);
        var code = await process.WaitForExitAsync(Limit);
        return (code, process.Output);
    }

    /// <summary>The --json line of the output (logs may share the captured stream).</summary>
    private static JsonElement JsonLine(string output) =>
        JsonDocument.Parse(output.Split('\n').Single(l => l.StartsWith('{') || l.StartsWith('['))).RootElement.Clone();

    [Fact]
    public async Task Validate_accepts_the_shipped_workflows_folder()
    {
        var (code, output) = await RunAsync("workflow", "validate", DemoStore.Shipped("workflows"));
        Assert.True(code == 0, output);
        Assert.Contains("2 workflow file(s) valid.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_prints_each_error_with_file_path_and_problem_and_exits_2()
    {
        var folder = Directory.CreateTempSubdirectory("cf-e2e-wfbad-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "unknown-state.json"),
            """{"id":"u","version":1,"name":"U","initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"NOWHERE"}]},"ACTIVE":{"final":true}}}""");
        await File.WriteAllTextAsync(Path.Combine(folder, "bad-formula.json"),
            """{"id":"f","version":1,"name":"F","initial":"PLANNED","states":{"PLANNED":{"on":[{"after":"1X","to":"ACTIVE"}]},"ACTIVE":{"final":true}}}""");
        await File.WriteAllTextAsync(Path.Combine(folder, "malformed.json"), "{ \"id\": ");

        var (code, output) = await RunAsync("workflow", "validate", folder);

        Assert.True(code == 2, output);
        var lines = output.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains(lines, l => l.StartsWith("unknown-state.json: $.states.PLANNED.on[0]", StringComparison.Ordinal) && l.Contains("NOWHERE", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("bad-formula.json: $.states.PLANNED.on[0].after: ", StringComparison.Ordinal) && l.Contains("position 2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("malformed.json: $: malformed JSON", StringComparison.Ordinal));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Start_send_and_status_drive_trade_show_on_CP0001()
    {
        var (code, output) = await RunAsync("workflow", "start", "CP0001", "trade-show", "--json");
        Assert.True(code == 0, output);
        var started = JsonLine(output);
        Assert.Equal("PLANNED", started.GetProperty("instance").GetProperty("state").GetString());
        var id = started.GetProperty("instance").GetProperty("id").GetString()!;

        (code, output) = await RunAsync("workflow", "start", "CP0001", "trade-show");
        Assert.True(code == 2, output);
        Assert.Contains("already runs", output, StringComparison.Ordinal);

        (code, output) = await RunAsync("workflow", "send", id, "no-such-event");
        Assert.True(code == 0, output);
        Assert.Contains("Unhandled", output, StringComparison.Ordinal);

        // ACTIVE's entry actions may fail on the demo data: exit 6, an incident, the state stays PLANNED.
        (code, output) = await RunAsync("workflow", "send", "CP0001", "approve");
        Assert.True(code is 0 or 6, output);

        (code, output) = await RunAsync("workflow", "status", "CP0001", "--json");
        Assert.True(code == 0, output);
        var instance = JsonLine(output).EnumerateArray().Single(i => i.GetProperty("id").GetString() == id);
        if (instance.GetProperty("state").GetString() == "ACTIVE")
            Assert.Contains(instance.GetProperty("history").EnumerateArray(), h => h.GetProperty("to").GetString() == "ACTIVE");
        else
            Assert.NotEqual(JsonValueKind.Null, instance.GetProperty("openIncident").ValueKind);
        Assert.Contains(instance.GetProperty("unhandledEvents").EnumerateArray(), e => e.GetProperty("eventName").GetString()!.Contains("no-such-event", StringComparison.Ordinal));

        (code, output) = await RunAsync("workflow", "status", "CP0001");
        Assert.True(code == 0, output);
        Assert.Contains($"trade-show v1 instance {id}", output, StringComparison.Ordinal);
        Assert.Contains("(start) -> PLANNED (start)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_instance_or_campaign_exits_2()
    {
        var (code, output) = await RunAsync("workflow", "send", Guid.NewGuid().ToString(), "approve");
        Assert.True(code == 2, output);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
        (code, output) = await RunAsync("workflow", "start", "NO-SUCH", "trade-show");
        Assert.True(code == 2, output);
        Assert.Contains("NO-SUCH", output, StringComparison.Ordinal);
    }
}
