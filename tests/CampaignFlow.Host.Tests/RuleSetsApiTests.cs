using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Tests;

/// <summary>/api/rules: the stored rule sets (imported from rules/ at start), their versions, and admin edits.</summary>
public sealed class RuleSetsApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static object Segment(string name, string expression, string rule = "Match") => new
    {
        WorkflowName = name,
        Rules = new[] { new { RuleName = rule, SuccessEvent = "include", Expression = expression } },
    };

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task The_shipped_rule_sets_are_listed_paged_at_version_1_with_their_file()
    {
        using var client = host.Client(Roles.Viewer);
        var page = await OkAsync(await client.GetAsync("api/rules?page=1&pageSize=100"));
        var items = page.GetProperty("items").EnumerateArray().ToList();
        var prospects = items.Single(i => i.GetProperty("workflowName").GetString() == "Segments.Prospects");
        Assert.Equal(1, prospects.GetProperty("version").GetInt32());
        Assert.Equal("rules/segments/prospects.json", prospects.GetProperty("shippedFile").GetString());
        Assert.Contains(items, i => i.GetProperty("workflowName").GetString() == "Discounts.CampaignOfferEligibility");
        Assert.Equal(items.Count, page.GetProperty("total").GetInt32());

        var small = await OkAsync(await client.GetAsync("api/rules?page=2&pageSize=2"));
        Assert.Equal(2, small.GetProperty("items").GetArrayLength());

        var one = await OkAsync(await client.GetAsync("api/rules/Segments.Prospects"));
        Assert.Equal("Segments.Prospects", one.GetProperty("workflow").GetProperty("WorkflowName").GetString());
        var versions = await OkAsync(await client.GetAsync("api/rules/Segments.Prospects/versions"));
        Assert.Equal("imported from rules/segments/prospects.json", versions.EnumerateArray().Single().GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_admin_creates_edits_and_deletes_a_rule_set_with_a_version_per_change()
    {
        using var admin = host.Client(Roles.Admin);
        var created = await OkAsync(await admin.PutAsJsonAsync("api/rules/Segments.ApiCity", new { workflow = Segment("Segments.ApiCity", "contact.City == \"Paris\"") }));
        Assert.Equal(1, created.GetProperty("version").GetInt32());
        Assert.False(string.IsNullOrEmpty(created.GetProperty("updatedBy").GetString()));

        var edited = await OkAsync(await admin.PutAsJsonAsync("api/rules/Segments.ApiCity", new { expectedVersion = 1, workflow = Segment("Segments.ApiCity", "contact.City == \"Lyon\"") }));
        Assert.Equal(2, edited.GetProperty("version").GetInt32());

        var history = await OkAsync(await admin.GetAsync("api/rules/Segments.ApiCity/versions"));
        Assert.Equal([2, 1], history.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToList());
        Assert.All(history.EnumerateArray(), v => Assert.Equal("edited via API", v.GetProperty("reason").GetString()));
        var first = await OkAsync(await admin.GetAsync("api/rules/Segments.ApiCity/versions/1"));
        Assert.Contains("Paris", first.GetProperty("workflow").GetRawText(), StringComparison.Ordinal);

        using (var deleted = await admin.DeleteAsync("api/rules/Segments.ApiCity?expectedVersion=2"))
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("api/rules/Segments.ApiCity"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync("api/rules/Segments.ApiCity"), HttpStatusCode.NotFound);
        var afterDelete = await OkAsync(await admin.GetAsync("api/rules/Segments.ApiCity/versions"));
        Assert.Equal("deleted via API", afterDelete[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_rule_that_does_not_compile_is_a_400_naming_workflow_rule_and_column_and_nothing_is_stored()
    {
        using var admin = host.Client(Roles.Admin);
        using var response = await admin.PutAsJsonAsync("api/rules/Segments.ApiBroken",
            new { workflow = Segment("Segments.ApiBroken", "contact.City == \"Paris\" && contact.Nope == 1", "Broken") });

        var problem = await ProblemAssert.HasFieldErrorAsync(response, "Workflow", "column 36");
        var diagnostic = problem.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("Segments.ApiBroken", diagnostic.GetProperty("workflow").GetString());
        Assert.Equal("Broken", diagnostic.GetProperty("rule").GetString());
        Assert.Equal(36, diagnostic.GetProperty("column").GetInt32());
        Assert.Contains("rule 'Broken'", problem.GetProperty("errors").GetProperty("Workflow")[0].GetString(), StringComparison.Ordinal);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("api/rules/Segments.ApiBroken"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("api/rules/Segments.ApiBroken/versions"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_input_stale_versions_and_unknown_rule_sets_are_problem_details()
    {
        using var admin = host.Client(Roles.Admin);
        using (var malformed = await admin.PutAsync("api/rules/Segments.Prospects", new StringContent("{\"workflow\": {", Encoding.UTF8, "application/json")))
            await ProblemAssert.IsProblemAsync(malformed, HttpStatusCode.BadRequest);
        using (var noWorkflow = await admin.PutAsJsonAsync("api/rules/Segments.Prospects", new { expectedVersion = 1 }))
            await ProblemAssert.HasFieldErrorAsync(noWorkflow, "Workflow", "required");
        using (var misnamed = await admin.PutAsJsonAsync("api/rules/Segments.Prospects", new { expectedVersion = 1, workflow = Segment("Segments.Other", "true") }))
            await ProblemAssert.HasFieldErrorAsync(misnamed, "Workflow", "is not the rule set's name");
        using (var notAWorkflow = await admin.PutAsJsonAsync("api/rules/Segments.Prospects", new { expectedVersion = 1, workflow = 42 }))
            await ProblemAssert.HasFieldErrorAsync(notAWorkflow, "Workflow", "not a number");

        using (var stale = await admin.PutAsJsonAsync("api/rules/Segments.Prospects", new { expectedVersion = 7, workflow = Segment("Segments.Prospects", "true") }))
        {
            var problem = await ProblemAssert.IsProblemAsync(stale, HttpStatusCode.Conflict);
            Assert.Contains("is at version 1, not 7", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var exists = await admin.PutAsJsonAsync("api/rules/Segments.Prospects", new { workflow = Segment("Segments.Prospects", "true") }))
            await ProblemAssert.IsProblemAsync(exists, HttpStatusCode.Conflict);
        using (var staleDelete = await admin.DeleteAsync("api/rules/Segments.Prospects?expectedVersion=9"))
            await ProblemAssert.IsProblemAsync(staleDelete, HttpStatusCode.Conflict);

        await ProblemAssert.IsProblemAsync(await admin.GetAsync("api/rules/Segments.NoSuch"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("api/rules/Segments.NoSuch/versions"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await admin.GetAsync("api/rules/Segments.Prospects/versions/99"), HttpStatusCode.NotFound);
        Assert.Equal(1, (await OkAsync(await admin.GetAsync("api/rules/Segments.Prospects"))).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_API_edit_changes_what_the_next_segment_Add_selects()
    {
        using var admin = host.Client(Roles.Admin);
        var filter = new { workflow = "Segments.ApiEdited", rule = "Match" };
        await OkAsync(await admin.PutAsJsonAsync("api/rules/Segments.ApiEdited", new { workflow = Segment("Segments.ApiEdited", "contact.JobResponsibilities.Contains(\"PURCHASE\")") }));
        var purchase = await AddAsync(admin, filter);
        Assert.Equal(await CountAsync(admin, "contact.JobResponsibilities.Contains(\"PURCHASE\")"), purchase);

        await OkAsync(await admin.PutAsJsonAsync("api/rules/Segments.ApiEdited", new { expectedVersion = 1, workflow = Segment("Segments.ApiEdited", "contact.Type == \"Company\"") }));
        var companies = await AddAsync(admin, filter);

        Assert.Equal(await CountAsync(admin, "contact.Type == \"Company\""), companies);
        Assert.NotEqual(purchase, companies);
    }

    private static async Task<int> AddAsync(HttpClient client, object filter)
    {
        var segment = await OkAsync(await client.PostAsJsonAsync("api/segments", new { description = "rule set edit" }));
        var no = segment.GetProperty("no").GetString();
        var added = await OkAsync(await client.PostAsJsonAsync($"api/segments/{no}/add", new { version = segment.GetProperty("version").GetInt32(), filter }));
        return added.GetProperty("linesAffected").GetInt32();
    }

    private static async Task<int> CountAsync(HttpClient client, string expression)
    {
        var segment = await OkAsync(await client.PostAsJsonAsync("api/segments", new { description = "count" }));
        var preview = await OkAsync(await client.PostAsJsonAsync($"api/segments/{segment.GetProperty("no").GetString()}/preview", new { kind = "Add", filter = new { expression } }));
        return preview.GetProperty("count").GetInt32();
    }
}
