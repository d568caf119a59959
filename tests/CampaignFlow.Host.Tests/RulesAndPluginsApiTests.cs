using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignFlow.Domain.Security;
using CampaignFlow.Plugins.Loading;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests;

/// <summary>/api/rules (shipped files, validate, test) and /api/plugins against the real host.</summary>
public sealed class RulesAndPluginsApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string SyntaxError = """
        {"WorkflowName":"Segments.Broken","Rules":[{"RuleName":"Unclosed","SuccessEvent":"include","Expression":"contact.Name == \"Ann"}]}
        """;

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Rules_lists_the_shipped_rule_files_and_workflow_files()
    {
        using var client = host.Client(Roles.Viewer);
        var files = (await OkJsonAsync(await client.GetAsync("api/rules/files"))).EnumerateArray().ToList();
        Assert.Contains(files, f => f.GetProperty("kind").GetString() == "rules" && f.GetProperty("file").GetString() == "segments/prospects.json"
            && f.GetProperty("workflows").EnumerateArray().Any(w => w.GetString() == "Segments.Prospects"));
        Assert.Contains(files, f => f.GetProperty("kind").GetString() == "workflow" && f.GetProperty("file").GetString() == "trade-show.json");
    }

    [Fact]
    public async Task Validate_gives_line_and_column_of_a_syntax_error()
    {
        using var client = host.Client(Roles.Marketing);
        var result = await OkJsonAsync(await client.PostAsync("api/rules/validate", new StringContent(SyntaxError, Encoding.UTF8, "application/json")));
        Assert.False(result.GetProperty("valid").GetBoolean());
        var diagnostic = result.GetProperty("diagnostics")[0];
        Assert.Equal("Unclosed", diagnostic.GetProperty("rule").GetString());
        Assert.Equal(JsonValueKind.Number, diagnostic.GetProperty("column").ValueKind);
        Assert.Equal(JsonValueKind.Number, diagnostic.GetProperty("line").ValueKind);
    }

    [Fact]
    public async Task Validate_reports_malformed_json_with_its_position()
    {
        using var client = host.Client(Roles.Marketing);
        var result = await OkJsonAsync(await client.PostAsync("api/rules/validate", new StringContent("{\"WorkflowName\": ", Encoding.UTF8, "application/json")));
        Assert.False(result.GetProperty("valid").GetBoolean());
        Assert.Equal(JsonValueKind.Number, result.GetProperty("diagnostics")[0].GetProperty("line").ValueKind);
    }

    [Fact]
    public async Task Test_runs_a_shipped_rule_on_a_contact()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PostAsJsonAsync("api/rules/test", new
        {
            file = "segments/prospects.json",
            workflow = "Segments.Prospects",
            inputs = new Dictionary<string, object> { ["contact"] = new { No = "CT1", Name = "Ann", Type = "Company", BusinessRelations = new[] { new { BusinessRelationCode = "PROS" } } } },
        });
        var result = await OkJsonAsync(response);
        var rule = result.GetProperty("results")[0];
        Assert.Equal("IsProspect", rule.GetProperty("RuleName").GetString());
        Assert.True(rule.GetProperty("IsSuccess").GetBoolean(), result.ToString());
    }

    [Fact]
    public async Task Test_of_rule_json_with_a_syntax_error_is_400_with_the_position()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PostAsJsonAsync("api/rules/test", new
        {
            json = JsonDocument.Parse(SyntaxError).RootElement,
            workflow = "Segments.Broken",
            inputs = new Dictionary<string, object> { ["contact"] = new { No = "CT1" } },
        });
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("column", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("""{"file":"../../etc/passwd","workflow":"x"}""", "File")]
    [InlineData("""{"workflow":"x"}""", "File")]
    [InlineData("""{"file":"segments/prospects.json"}""", "Workflow")]
    [InlineData("""{"file":"segments/prospects.json","workflow":"Segments.NoSuch"}""", "workflow")]
    public async Task Test_refuses_bad_requests_naming_the_field(string body, string field)
    {
        using var client = host.Client(Roles.Marketing);
        var response = await client.PostAsync("api/rules/test", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Plugins_lists_every_plugin_with_status_and_channels()
    {
        using var client = host.Client(Roles.Viewer);
        var plugins = (await OkJsonAsync(await client.GetAsync("api/plugins"))).EnumerateArray().ToList();
        // The test host may run without a plugins folder; the API must report exactly what the loader found (the CLI test covers real plugins).
        var registry = host.Services.GetRequiredService<PluginRegistry>();
        Assert.Equal(registry.Plugins.Select(p => p.Id), plugins.Select(p => p.GetProperty("id").GetString()));
        Assert.All(plugins, p => Assert.Contains(p.GetProperty("status").GetString(), new[] { "Loaded", "Disabled" }));
        Assert.All(plugins.Where(p => p.GetProperty("status").GetString() == "Disabled"), p => Assert.False(string.IsNullOrEmpty(p.GetProperty("error").GetString())));
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/plugins/no-such-plugin"), HttpStatusCode.NotFound);
    }
}
