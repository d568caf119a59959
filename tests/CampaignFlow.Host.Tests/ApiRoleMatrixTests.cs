using System.Net;
using System.Net.Http.Json;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests;

/// <summary>Each role × each endpoint group → allowed or 403; no key → 401; a bad key → 401.</summary>
public sealed class ApiRoleMatrixTests(RunningHost host) : IClassFixture<RunningHost>
{
    /// <summary>One read and one write per group. The write's body is invalid on purpose: an allowed role gets 400, not a change.</summary>
    public static TheoryData<string, string, string, string> Endpoints => new()
    {
        { "contacts", "GET", "api/contacts", Roles.Viewer },
        { "contacts", "POST", "api/contacts", Roles.Marketing },
        { "contacts", "PUT", "api/contacts/CT000002", Roles.Marketing },
        { "contacts", "DELETE", "api/contacts/NO-SUCH", Roles.Marketing },
        { "salespeople", "GET", "api/salespeople", Roles.Viewer },
        { "salespeople", "POST", "api/salespeople", Roles.Admin },
        { "salespeople", "DELETE", "api/salespeople/NO-SUCH", Roles.Admin },
        { "teams", "GET", "api/teams", Roles.Viewer },
        { "teams", "POST", "api/teams", Roles.Admin },
        { "campaign-statuses", "GET", "api/campaign-statuses", Roles.Viewer },
        { "campaign-statuses", "POST", "api/campaign-statuses", Roles.Admin },
        { "campaigns", "GET", "api/campaigns/CP0001", Roles.Viewer },
        { "campaigns", "POST", "api/campaigns", Roles.Marketing },
        { "campaigns", "PUT", "api/campaigns/CP0001", Roles.Marketing },
        { "interaction-templates", "GET", "api/interaction-templates", Roles.Viewer },
        { "interaction-templates", "POST", "api/interaction-templates", Roles.Admin },
        { "interaction-templates", "DELETE", "api/interaction-templates/NO-SUCH", Roles.Admin },
        { "logged-segments", "GET", "api/logged-segments", Roles.Viewer },
        { "logged-segments", "POST", "api/logged-segments/999999/cancel", Roles.Marketing },
        { "logged-segments", "POST", "api/logged-segments/999999/uncancel", Roles.Marketing },
        { "logged-segments", "DELETE", "api/logged-segments/999999", Roles.Marketing },
        { "segment-log", "POST", "api/segments/NO-SUCH/log", Roles.Marketing },
        { "interaction-log-entries", "POST", "api/interaction-log-entries/999999/cancel", Roles.Marketing },
        { "interaction-log-entries", "DELETE", "api/interaction-log-entries/999999", Roles.Marketing },
        { "campaign-entries", "POST", "api/campaign-entries/999999/cancel", Roles.Marketing },
        { "campaign-entries", "DELETE", "api/campaign-entries/999999", Roles.Marketing },
        { "deliveries", "GET", "api/deliveries/open", Roles.Viewer },
        { "call-list", "GET", "api/call-list?salesperson=NOBODY", Roles.Viewer },
        { "call-list", "POST", "api/call-list/NO-SUCH/outcome", Roles.Marketing },
        { "interaction-log-entries", "GET", "api/interaction-log-entries", Roles.Viewer },
        { "campaign-entries", "GET", "api/campaign-entries", Roles.Viewer },
        { "activities", "GET", "api/activities", Roles.Viewer },
        { "tasks", "GET", "api/tasks", Roles.Viewer },
        { "activities", "POST", "api/activities", Roles.Admin },
        { "activities", "PUT", "api/activities/NO-SUCH", Roles.Admin },
        { "activities", "DELETE", "api/activities/NO-SUCH", Roles.Admin },
        { "activities", "POST", "api/activities/FOLLOWUP/assign", Roles.Marketing },
        { "tasks", "POST", "api/tasks/NO-SUCH/close", Roles.Marketing },
        { "tasks", "POST", "api/tasks/NO-SUCH/cancel", Roles.Marketing },
        { "campaign-prices", "GET", "api/campaigns/CP0001/prices", Roles.Viewer },
        { "campaign-prices", "POST", "api/campaigns/CP0001/prices", Roles.Marketing },
        { "campaign-prices", "PUT", "api/campaign-prices/999999", Roles.Marketing },
        { "campaign-prices", "DELETE", "api/campaign-prices/999999", Roles.Marketing },
        { "campaign-discounts", "GET", "api/campaigns/CP0001/discounts", Roles.Viewer },
        { "campaign-discounts", "POST", "api/campaigns/CP0001/discounts", Roles.Marketing },
        { "campaign-discounts", "PUT", "api/campaign-discounts/999999", Roles.Marketing },
        { "campaign-discounts", "DELETE", "api/campaign-discounts/999999", Roles.Marketing },
        { "campaign-activation", "POST", "api/campaigns/CP9999/activate", Roles.Marketing },
        { "campaign-activation", "POST", "api/campaigns/CP9999/deactivate", Roles.Marketing },
        { "campaign-target-group", "GET", "api/campaigns/CP0001/target-group", Roles.Viewer },
        { "price-lookup", "POST", "api/prices/lookup", Roles.Viewer },
        { "campaign-statistics", "GET", "api/campaigns/CP0001/statistics", Roles.Viewer },
        { "campaign-statistics", "GET", "api/campaigns/CP0001/statistics/segments", Roles.Viewer },
        { "campaign-statistics", "GET", "api/campaigns/CP0001/statistics/channels", Roles.Viewer },
        { "me", "GET", "api/me", Roles.Viewer },
        { "segments", "GET", "api/segments", Roles.Viewer },
        { "segments", "POST", "api/segments", Roles.Marketing },
        { "segments", "PUT", "api/segments/NO-SUCH", Roles.Marketing },
        { "segments", "POST", "api/segments/NO-SUCH/add", Roles.Marketing },
        { "segments", "POST", "api/segments/NO-SUCH/undo", Roles.Marketing },
        { "segments", "POST", "api/segments/NO-SUCH/preview", Roles.Marketing },
        { "segments", "GET", "api/segments/NO-SUCH/lines", Roles.Viewer },
        { "segments", "DELETE", "api/segments/NO-SUCH", Roles.Marketing },
        { "segment-rules", "GET", "api/segment-rules", Roles.Viewer },
        { "workflows", "GET", "api/workflows/definitions", Roles.Viewer },
        { "workflows", "POST", "api/workflows/validate", Roles.Admin },
        { "workflows", "POST", "api/workflows/definitions/import", Roles.Admin },
        { "campaign-workflow", "GET", "api/campaigns/CP0001/workflow", Roles.Viewer },
        { "campaign-workflow", "POST", "api/campaigns/CP0001/workflow", Roles.Marketing },
        { "workflow-instances", "GET", "api/workflow-instances/00000000-0000-0000-0000-000000000001", Roles.Viewer },
        { "workflow-instances", "POST", "api/workflow-instances/00000000-0000-0000-0000-000000000001/events/approve", Roles.Marketing },
        { "workflow-instances", "POST", "api/workflow-instances/00000000-0000-0000-0000-000000000001/cancel", Roles.Marketing },
        { "workflow-instances", "POST", "api/workflow-instances/00000000-0000-0000-0000-000000000001/retry", Roles.Marketing },
        { "rules", "GET", "api/rules", Roles.Viewer },
        { "rules", "GET", "api/rules/files", Roles.Viewer },
        { "rules", "GET", "api/rules/Segments.Prospects", Roles.Viewer },
        { "rules", "GET", "api/rules/Segments.Prospects/versions", Roles.Viewer },
        { "rules", "GET", "api/rules/Segments.Prospects/versions/1", Roles.Viewer },
        { "rules", "PUT", "api/rules/Segments.Prospects", Roles.Admin },
        { "rules", "DELETE", "api/rules/Segments.NoSuch", Roles.Admin },
        { "rules", "POST", "api/rules/validate", Roles.Marketing },
        { "rules", "POST", "api/rules/test", Roles.Marketing },
        { "plugins", "GET", "api/plugins", Roles.Viewer },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_role_is_allowed_exactly_where_its_rank_reaches(string group, string method, string path, string needed)
    {
        foreach (var role in Roles.All)
        {
            using var client = host.Client(role);
            using var response = await client.SendAsync(Request(method, path));
            var allowed = Roles.Expand(role).Contains(needed);
            if (allowed)
                Assert.True(response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized),
                    $"{role} on {method} /{path} ({group}) should be allowed, got {(int)response.StatusCode}");
            else
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{role} on {method} /{path} ({group}) should be 403, got {(int)response.StatusCode}");
        }
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task No_key_and_a_bad_key_are_401_with_problem_details(string group, string method, string path, string needed)
    {
        using var anonymous = host.Client();
        using var none = await anonymous.SendAsync(Request(method, path));
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);

        using var wrong = host.BearerClient("cf_000000000000_not-a-real-secret");
        using var bad = await wrong.SendAsync(Request(method, path));
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.NotNull(group + needed);
    }

    [Fact]
    public async Task A_tampered_secret_of_a_real_key_id_is_401()
    {
        var real = host.Keys[Roles.Admin];
        using var client = host.BearerClient(real[..^2] + (real[^1] == 'A' ? "BB" : "AA"));
        using var response = await client.GetAsync("api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_created_key_works_until_it_is_revoked_and_only_its_hash_is_stored()
    {
        var keys = host.Services.GetRequiredService<ApiKeyService>();
        var created = await keys.CreateAsync("revocation-test", Roles.Viewer);
        using var client = host.BearerClient(created.Key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("api/me")).StatusCode);
        var stored = (await keys.ListAsync()).Single(k => k.Id == created.Id);
        Assert.Equal(ApiKeyHasher.Hash(stored.Salt, created.Key.Split('_', 3)[2]), stored.Hash);
        Assert.DoesNotContain(created.Key.Split('_', 3)[2], System.Text.Encoding.UTF8.GetString(stored.Hash), StringComparison.Ordinal);

        Assert.True(await keys.RevokeAsync(created.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("api/me")).StatusCode);
    }

    [Fact]
    public async Task Bearer_and_header_keys_identify_the_same_role()
    {
        using var bearer = host.BearerClient(host.Keys[Roles.Marketing]);
        var me = await bearer.GetFromJsonAsync<Me>("api/me");
        Assert.Equal("marketing", me!.Role);
        Assert.Equal(["marketing", "viewer"], me.Roles);
    }

    private static HttpRequestMessage Request(string method, string path)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method is "POST" or "PUT") request.Content = JsonContent.Create(new { });
        return request;
    }

    private sealed record Me(string Name, string Role, string[] Roles);
}
