using System.Net;
using System.Net.Http.Json;
using System.Text;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Tests;

/// <summary>Malformed JSON, wrong types, missing and unknown fields, oversized bodies, unknown ids: each a problem detail naming what is wrong.</summary>
public sealed class ApiBadInputTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Malformed_json_is_400_with_the_position()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PutAsync("api/campaigns/CP0001", Json("{\"description\": \"x\", "));
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("line 1, position", problem.GetProperty("errors").EnumerateObject().First().Value[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_type_names_the_field()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PutAsync("api/campaigns/CP0001", Json("{\"description\": \"x\", \"startingDate\": 12}"));
        await ProblemAssert.HasFieldErrorAsync(response, "StartingDate", "could not be read");
    }

    [Fact]
    public async Task A_missing_required_field_names_the_field()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PostAsync("api/contacts", Json("{\"type\": \"Person\"}"));
        await ProblemAssert.HasFieldErrorAsync(response, "Name", "required");
    }

    [Fact]
    public async Task An_unknown_field_is_refused_so_the_status_cannot_be_set_through_the_api()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PutAsync("api/campaigns/CP0001", Json("{\"description\": \"x\", \"statusCode\": \"ACTIVE\"}"));
        await ProblemAssert.HasFieldErrorAsync(response, "StatusCode", "not a known field");
        using var viewer = host.Client(Roles.Viewer);
        var card = await viewer.GetFromJsonAsync<System.Text.Json.JsonElement>("api/campaigns/CP0001");
        Assert.Equal("PLANNED", card.GetProperty("statusCode").GetString());
    }

    [Fact]
    public async Task An_unknown_enum_name_is_refused()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PostAsync("api/contacts", Json("{\"name\": \"A\", \"type\": \"Robot\"}"));
        await ProblemAssert.HasFieldErrorAsync(response, "Type", "could not be read");
    }

    [Fact]
    public async Task A_missing_body_is_400()
    {
        using var client = host.Client(Roles.Marketing);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/contacts");
        request.Content = new StringContent("", Encoding.UTF8, "application/json");
        using var response = await client.SendAsync(request);
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_domain_rule_becomes_a_field_error()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.PutAsJsonAsync("api/campaigns/CP0001", new { description = "Salon FUTURUS", startingDate = "2026-05-01", endingDate = "2026-04-01" });
        await ProblemAssert.HasFieldErrorAsync(response, "EndingDate", "before Starting Date");
    }

    [Fact]
    public async Task An_oversized_body_is_413_whether_its_length_is_declared_or_chunked()
    {
        using var client = host.Client(Roles.Marketing);
        // Declared: the server answers from the headers; Expect: 100-continue keeps the client from racing to send the body.
        var big = "{\"name\": \"" + new string('a', 2 * 1024 * 1024) + "\", \"type\": \"Person\"}";
        using var declaredRequest = new HttpRequestMessage(HttpMethod.Post, "api/contacts") { Content = Json(big) };
        declaredRequest.Headers.ExpectContinue = true;
        using var declared = await client.SendAsync(declaredRequest);
        await ProblemAssert.IsProblemAsync(declared, HttpStatusCode.RequestEntityTooLarge);

        // Chunked: no length up front, so the server stops reading at the limit (a little over it, so the whole body is already sent).
        var over = "{\"name\": \"" + new string('a', 1024 * 1024 + 16 * 1024) + "\", \"type\": \"Person\"}";
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/contacts") { Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(over))) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;
        using var chunked = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Theory]
    [InlineData("api/contacts/NO-SUCH")]
    [InlineData("api/campaigns/CP9999")]
    [InlineData("api/salespeople/NOBODY")]
    [InlineData("api/teams/NOTEAM")]
    [InlineData("api/interaction-templates/NOTPL")]
    [InlineData("api/interaction-log-entries/999999")]
    [InlineData("api/logged-segments/999999")]
    [InlineData("api/campaign-entries/999999")]
    [InlineData("api/tasks/TD999999")]
    [InlineData("api/activities/NOACT")]
    public async Task An_unknown_id_is_404_with_problem_details(string path)
    {
        using var client = host.Client(Roles.Viewer);
        using var response = await client.GetAsync(path);
        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("does not exist", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_paging_values_name_the_parameter()
    {
        using var client = host.Client(Roles.Viewer);
        using var zero = await client.GetAsync("api/contacts?page=0");
        await ProblemAssert.HasFieldErrorAsync(zero, "Page", "1 or more");
        using var huge = await client.GetAsync("api/contacts?pageSize=100000");
        await ProblemAssert.HasFieldErrorAsync(huge, "PageSize", "between");
        using var text = await client.GetAsync("api/contacts?page=abc");
        await ProblemAssert.HasFieldErrorAsync(text, "Page", "abc");
    }

    [Fact]
    public async Task A_stale_version_is_409()
    {
        using var client = host.Client(Roles.Marketing);
        var card = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("api/campaigns/CP0001");
        var version = card.GetProperty("version").GetInt32();
        var start = card.GetProperty("startingDate").GetString();
        var end = card.GetProperty("endingDate").GetString();
        using var first = await client.PutAsJsonAsync("api/campaigns/CP0001", new { description = "Salon FUTURUS", startingDate = start, endingDate = end, version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        using var second = await client.PutAsJsonAsync("api/campaigns/CP0001", new { description = "Salon FUTURUS (late edit)", startingDate = start, endingDate = end, version });
        await ProblemAssert.IsProblemAsync(second, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_duplicate_key_is_409()
    {
        using var client = host.Client(Roles.Admin);
        using var response = await client.PostAsJsonAsync("api/salespeople", new { code = "JO", name = "Jim again" });
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Deleting_a_company_with_persons_is_409()
    {
        using var client = host.Client(Roles.Marketing);
        using var response = await client.DeleteAsync("api/contacts/CT000001");
        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Conflict);
    }
}
