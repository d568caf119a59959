using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Tests;

/// <summary>The happy paths: CRUD, search, paging and filters over the real server and store.</summary>
public sealed class ResourceApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Contacts_can_be_created_read_replaced_searched_and_deleted()
    {
        using var client = host.Client(Roles.Marketing);
        using var created = await client.PostAsJsonAsync("api/contacts", new { name = "Zoë Quartermaine", type = "Person", companyNo = "CT000001", city = "Zanzibar City", email = "zoe@example.com", correspondenceType = "Email" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var contact = await created.Content.ReadFromJsonAsync<JsonElement>();
        var no = contact.GetProperty("no").GetString()!;
        Assert.StartsWith("CT", no, StringComparison.Ordinal);
        Assert.Equal("CT000001", contact.GetProperty("companyNo").GetString());
        Assert.Equal($"/api/contacts/{no}", created.Headers.Location!.OriginalString);

        using var replaced = await client.PutAsJsonAsync($"api/contacts/{no}", new { name = "Zoë Q.", type = "Person", city = "Zanzibar City" });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Null((await replaced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("companyNo").GetString());

        var byCity = await client.GetFromJsonAsync<JsonElement>("api/contacts?search=zanzibar");
        Assert.Equal(1, byCity.GetProperty("total").GetInt32());
        Assert.Equal(no, byCity.GetProperty("items")[0].GetProperty("no").GetString());
        var byNo = await client.GetFromJsonAsync<JsonElement>($"api/contacts?search={no}");
        Assert.Equal(1, byNo.GetProperty("total").GetInt32());

        using var deleted = await client.DeleteAsync($"api/contacts/{no}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await client.GetAsync($"api/contacts/{no}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Contact_lists_page_with_a_total_and_filter_exactly()
    {
        using var client = host.Client(Roles.Viewer);
        var first = await client.GetFromJsonAsync<JsonElement>("api/contacts?page=1&pageSize=10");
        var second = await client.GetFromJsonAsync<JsonElement>("api/contacts?page=2&pageSize=10");
        var total = first.GetProperty("total").GetInt32();
        Assert.True(total > 100);
        Assert.Equal(total, second.GetProperty("total").GetInt32());
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        Assert.Equal((total + 9) / 10, first.GetProperty("pageCount").GetInt32());
        Assert.NotEqual(first.GetProperty("items")[0].GetProperty("no").GetString(), second.GetProperty("items")[0].GetProperty("no").GetString());

        var companies = await client.GetFromJsonAsync<JsonElement>("api/contacts?type=Company&pageSize=500");
        Assert.All(companies.GetProperty("items").EnumerateArray(), c => Assert.Equal("Company", c.GetProperty("type").GetString()));
        var ofCompany = await client.GetFromJsonAsync<JsonElement>("api/contacts?companyNo=CT000001");
        Assert.All(ofCompany.GetProperty("items").EnumerateArray(), c => Assert.Equal("CT000001", c.GetProperty("companyNo").GetString()));
        Assert.True(ofCompany.GetProperty("total").GetInt32() >= 2);
    }

    [Fact]
    public async Task Campaigns_are_created_with_the_next_number_and_edited_without_a_status()
    {
        using var client = host.Client(Roles.Marketing);
        using var created = await client.PostAsJsonAsync("api/campaigns", new { description = "Spring fair", startingDate = "2026-03-01", endingDate = "2026-03-31", salespersonCode = "OF" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var card = await created.Content.ReadFromJsonAsync<JsonElement>();
        var no = card.GetProperty("no").GetString();
        Assert.Matches("^CP000[2-9]$", no);
        Assert.Equal("Otis Falls", card.GetProperty("salespersonName").GetString());
        Assert.Equal(JsonValueKind.Null, card.GetProperty("statusCode").ValueKind);

        using var edited = await client.PutAsJsonAsync($"api/campaigns/{no}", new { description = "Spring fair 2026", startingDate = "2026-03-02", endingDate = "2026-04-01" });
        var after = await edited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Spring fair 2026", after.GetProperty("description").GetString());
        Assert.Equal("2026-04-01", after.GetProperty("endingDate").GetString());
        Assert.Equal(1, after.GetProperty("version").GetInt32());

        var list = await client.GetFromJsonAsync<JsonElement>("api/campaigns?search=spring");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_blocked_salesperson_cannot_be_put_on_a_campaign()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PostAsJsonAsync("api/campaigns", new { description = "Blocked", salespersonCode = "BD" });
        await ProblemAssert.HasFieldErrorAsync(response, "Blocked", "blocked");
    }

    [Fact]
    public async Task Templates_keep_one_content_per_language()
    {
        using var client = host.Client(Roles.Admin);
        using var created = await client.PostAsJsonAsync("api/interaction-templates", new
        {
            code = "TESTMAIL", description = "Test mail", interactionGroupCode = "EMAIL", correspondenceTypeDefault = "Email", languageCodeDefault = "EN",
            contents = new[] { new { languageCode = "EN", subject = "Hello {{contact.name}}", body = "<p>Hi</p>" }, new { languageCode = "FR", subject = "Bonjour {{contact.name}}", body = "<p>Salut</p>" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var replaced = await client.PutAsJsonAsync("api/interaction-templates/TESTMAIL", new
        {
            code = "TESTMAIL", description = "Test mail", languageCodeDefault = "EN",
            contents = new[] { new { languageCode = "EN", subject = "Hello again", body = "<p>Hi</p>" } },
        });
        var template = await replaced.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, template.GetProperty("contents").GetArrayLength());
        Assert.Equal("Hello again", template.GetProperty("contents")[0].GetProperty("subject").GetString());

        using var noDefault = await client.PutAsJsonAsync("api/interaction-templates/TESTMAIL", new
        {
            code = "TESTMAIL", description = "Test mail", languageCodeDefault = "NL",
            contents = new[] { new { languageCode = "EN", subject = "Hello", body = "" } },
        });
        await ProblemAssert.HasFieldErrorAsync(noDefault, "LanguageCodeDefault", "no content in the default language");
    }

    [Fact]
    public async Task Setup_lists_read_back_the_demo_data()
    {
        using var client = host.Client(Roles.Viewer);
        var statuses = await client.GetFromJsonAsync<JsonElement>("api/campaign-statuses");
        Assert.Contains(statuses.EnumerateArray(), s => s.GetProperty("code").GetString() == "PLANNED");
        var team = await client.GetFromJsonAsync<JsonElement>("api/teams/MARKETING");
        Assert.Equal(new[] { "JO", "OF" }, team.GetProperty("members").EnumerateArray().Select(m => m.GetString()!).ToArray());
        var activity = await client.GetFromJsonAsync<JsonElement>("api/activities/FOLLOWUP");
        Assert.Equal(3, activity.GetProperty("steps").GetArrayLength());
        var log = await client.GetFromJsonAsync<JsonElement>("api/interaction-log-entries?campaignNo=CP0001");
        Assert.Equal(0, log.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_openapi_document_and_its_browsable_ui_are_served_locally()
    {
        using var client = host.Client();
        var document = await client.GetFromJsonAsync<JsonElement>("openapi/v1.json");
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/contacts", "/api/contacts/{no}", "/api/campaigns/{no}", "/api/interaction-templates", "/api/tasks" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        Assert.Equal("X-Api-Key", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey").GetProperty("name").GetString());
        var ui = await client.GetStringAsync("swagger/index.html");
        Assert.Contains("swagger-ui", ui, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn", ui, StringComparison.OrdinalIgnoreCase);
        var config = await client.GetStringAsync("swagger/index.js");
        Assert.Contains("/openapi/v1.json", config, StringComparison.Ordinal);
    }
}
