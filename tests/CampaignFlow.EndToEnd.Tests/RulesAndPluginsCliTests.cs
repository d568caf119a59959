using System.Text.Json;

namespace CampaignFlow.EndToEnd.Tests;

/// <summary>`campaignflow rules validate|test` and `campaignflow plugins list` with the real executable.</summary>
public sealed class RulesAndPluginsCliTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);
    private readonly string _dir = Directory.CreateTempSubdirectory("cf-e2e-rules-").FullName;

    private async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        await using var process = HostProcess.Start(_dir, args);
        var code = await process.WaitForExitAsync(Limit);
        return (code, process.Output);
    }

    private string Broken()
    {
        var path = Path.Combine(_dir, "broken.json");
        File.WriteAllText(path, """
            {
              "WorkflowName": "Segments.Broken",
              "Rules": [ { "RuleName": "Unclosed", "SuccessEvent": "include", "Expression": "contact.Name == \"Ann" } ]
            }
            """);
        return path;
    }

    [Fact]
    public async Task Validate_accepts_the_shipped_rules()
    {
        var (code, output) = await RunAsync("rules", "validate", DemoStore.Shipped("rules"));
        Assert.True(code == 0, output);
        Assert.Contains("valid.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_names_rule_line_and_column_of_a_syntax_error_and_exits_2()
    {
        var (code, output) = await RunAsync("rules", "validate", Broken());
        Assert.True(code == 2, output);
        var line = output.Split('\n').Single(l => l.Contains("rule 'Unclosed'", StringComparison.Ordinal));
        Assert.Contains("broken.json", line, StringComparison.Ordinal);
        Assert.Contains("line 3", line, StringComparison.Ordinal);
        Assert.Contains("column", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_prints_the_results_as_json()
    {
        var (code, output) = await RunAsync("rules", "test", Path.Combine(DemoStore.Shipped("rules"), "segments", "prospects.json"),
            "--workflow", "Segments.Prospects", "--input", """contact={"No":"CT1","Type":"Company","BusinessRelations":[{"BusinessRelationCode":"PROS"}]}""");
        Assert.True(code == 0, output);
        // Indented JSON on stdout; plugin-loader logs may precede it in the captured stream.
        var result = JsonDocument.Parse(output[output.IndexOf("{\n", StringComparison.Ordinal)..]).RootElement;
        Assert.Equal("Segments.Prospects", result.GetProperty("workflow").GetString());
        Assert.True(result.GetProperty("results")[0].GetProperty("IsSuccess").GetBoolean(), output);
    }

    [Fact]
    public async Task Test_of_a_rule_that_does_not_compile_exits_2_with_the_position()
    {
        var (code, output) = await RunAsync("rules", "test", Broken(), "--workflow", "Segments.Broken", "--input", """contact={"No":"CT1"}""");
        Assert.True(code == 2, output);
        Assert.Contains("column", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"results\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugins_list_reports_each_plugin_with_its_status()
    {
        var (code, output) = await RunAsync("plugins", "list", "--json");
        Assert.True(code == 0, output);
        var plugins = JsonDocument.Parse(output.Split('\n').Single(l => l.StartsWith('['))).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(plugins);
        Assert.Contains(plugins, p => p.GetProperty("status").GetString() == "Loaded" && p.GetProperty("channels").GetArrayLength() > 0);
        Assert.All(plugins.Where(p => p.GetProperty("status").GetString() == "Disabled"), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("error").GetString())));

        (code, output) = await RunAsync("plugins", "list");
        Assert.True(code == 0, output);
        Assert.Contains("Plugins in ", output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); }
        catch (IOException) { }
    }
}
