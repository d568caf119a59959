using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Tests;

/// <summary>/api/workflows, /api/campaigns/{no}/workflow and /api/workflow-instances against the real host with the demo data.</summary>
public sealed class WorkflowsApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Definitions_list_the_shipped_workflows_with_their_states()
    {
        using var client = host.Client(Roles.Viewer);
        var definitions = await OkJsonAsync(await client.GetAsync("api/workflows/definitions"));
        var tradeShow = definitions.EnumerateArray().Single(d => d.GetProperty("id").GetString() == "trade-show");
        Assert.Equal(1, tradeShow.GetProperty("version").GetInt32());
        Assert.Equal("Trade show follow-up", tradeShow.GetProperty("name").GetString());
        Assert.Equal(["PLANNED", "ACTIVE", "FOLLOW-UP", "COMPLETED", "CANCELED"], tradeShow.GetProperty("states").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Validate_accepts_the_shipped_trade_show_workflow()
    {
        using var client = host.Client(Roles.Admin);
        var text = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "workflows", "trade-show.json"));
        var result = await OkJsonAsync(await client.PostAsync("api/workflows/validate", Json(text)));
        Assert.True(result.GetProperty("valid").GetBoolean(), result.ToString());
        Assert.Equal(0, result.GetProperty("errors").GetArrayLength());
    }

    [Theory]
    [InlineData("{ \"id\": \"x\", ", "$", "malformed JSON")]
    [InlineData("""{"id":"x","version":1,"name":"X","initial":"PLANNED","states":{"PLANNED":{"on":[{"event":"go","to":"NOWHERE"}]},"ACTIVE":{"final":true}}}""", "$.states.PLANNED.on[0]", "NOWHERE")]
    [InlineData("""{"id":"x","version":1,"name":"X","initial":"PLANNED","states":{"PLANNED":{"on":[{"after":"1X","to":"ACTIVE"}]},"ACTIVE":{"final":true}}}""", "$.states.PLANNED.on[0].after", "position 2")]
    public async Task Validate_names_path_and_problem_of_bad_workflow_json(string text, string pathPrefix, string fragment)
    {
        using var client = host.Client(Roles.Admin);
        var result = await OkJsonAsync(await client.PostAsync("api/workflows/validate", Json(text)));
        Assert.False(result.GetProperty("valid").GetBoolean());
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("path").GetString()!.StartsWith(pathPrefix, StringComparison.Ordinal)
            && e.GetProperty("message").GetString()!.Contains(fragment, StringComparison.Ordinal)
            && e.GetProperty("source").GetString() == "(request body)");
    }

    [Fact]
    public async Task Marketing_starts_trade_show_sends_approve_and_an_unknown_event_is_reported_not_refused()
    {
        await DemoCampaignDates.StartTomorrowAsync(host);
        using var client = host.Client(Roles.Marketing);
        using var start = await client.PostAsJsonAsync("api/campaigns/CP0001/workflow", new { workflowId = "trade-show" });
        var started = await OkJsonAsync(start, HttpStatusCode.Created);
        Assert.Equal("Transitioned", started.GetProperty("outcome").GetString());
        var instance = started.GetProperty("instance");
        Assert.Equal("PLANNED", instance.GetProperty("state").GetString());
        var id = instance.GetProperty("id").GetGuid();
        Assert.Equal($"/api/workflow-instances/{id}", start.Headers.Location?.ToString());

        // Started twice: refused with the reason.
        using var again = await client.PostAsJsonAsync("api/campaigns/CP0001/workflow", new { workflowId = "trade-show" });
        var conflict = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Contains("already runs", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var unknown = await OkJsonAsync(await client.PostAsync($"api/workflow-instances/{id}/events/no-such-event", null));
        Assert.Equal("Unhandled", unknown.GetProperty("outcome").GetString());
        var recorded = await OkJsonAsync(await client.GetAsync($"api/workflow-instances/{id}"));
        Assert.True(recorded.GetProperty("unhandledEvents").EnumerateArray().Any(e => e.GetProperty("eventName").GetString()!.Contains("no-such-event", StringComparison.Ordinal)), recorded.ToString());

        var approved = await OkJsonAsync(await client.PostAsync($"api/workflow-instances/{id}/events/approve", Json("""{"by":"test"}""")));
        var outcome = approved.GetProperty("outcome").GetString();
        // ACTIVE's entry actions may fail on the demo data (no target segment): then an incident, and the state stays PLANNED.
        Assert.True(outcome is "Transitioned" or "Faulted", approved.ToString());
        var read = await OkJsonAsync(await host.Client(Roles.Viewer).GetAsync($"api/workflow-instances/{id}"));
        if (outcome == "Transitioned")
        {
            Assert.Equal("ACTIVE", read.GetProperty("state").GetString());
            Assert.Contains(read.GetProperty("history").EnumerateArray(), h => h.GetProperty("to").GetString() == "ACTIVE");
            Assert.NotEqual(0, read.GetProperty("timers").GetArrayLength());
        }
        else
        {
            Assert.Equal("PLANNED", read.GetProperty("state").GetString());
            Assert.NotEqual(JsonValueKind.Null, read.GetProperty("openIncident").ValueKind);
            var retried = await OkJsonAsync(await client.PostAsync($"api/workflow-instances/{id}/retry", null));
            Assert.Equal("Faulted", retried.GetProperty("outcome").GetString());
        }

        var list = await OkJsonAsync(await host.Client(Roles.Viewer).GetAsync("api/campaigns/CP0001/workflow"));
        Assert.Contains(list.EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        var canceled = await OkJsonAsync(await client.PostAsync($"api/workflow-instances/{id}/cancel?reason=test", null));
        Assert.Equal("Canceled", canceled.GetProperty("instance").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("POST", "/events/approve")]
    [InlineData("POST", "/cancel")]
    [InlineData("POST", "/retry")]
    public async Task An_unknown_instance_is_404(string method, string suffix)
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), $"api/workflow-instances/{Guid.NewGuid()}{suffix}"));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("Workflow instance", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_refuses_an_unknown_campaign_an_unknown_workflow_and_a_missing_id()
    {
        using var client = host.Client(Roles.Marketing);
        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("api/campaigns/NO-SUCH/workflow", new { workflowId = "trade-show" }), HttpStatusCode.NotFound);
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/campaigns/CP0001/workflow", new { workflowId = "no-such-workflow" }), "WorkflowId", "not loaded");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/campaigns/CP0001/workflow", new { version = 1 }), "WorkflowId", "required");
    }

    [Fact]
    public async Task An_event_payload_that_is_not_json_is_400_naming_the_payload()
    {
        using var client = host.Client(Roles.Marketing);
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsync($"api/workflow-instances/{Guid.NewGuid()}/events/approve", Json("{not json")), "payload", "not valid JSON");
    }
}
