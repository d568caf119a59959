using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Tests;

/// <summary>Campaign statistics, activities (setup and assignment) and task close/cancel through the API.</summary>
public sealed class StatisticsAndTasksApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Statistics_of_CP0001_are_read_in_total_per_segment_and_per_channel()
    {
        using var client = host.Client(Roles.Viewer);
        var totals = await client.GetFromJsonAsync<JsonElement>("api/campaigns/CP0001/statistics?from=2020-01-01&to=2099-12-31");
        Assert.Equal("CP0001", totals.GetProperty("campaignNo").GetString());
        Assert.Equal(0, totals.GetProperty("targetContactsContacted").GetInt32());
        Assert.Equal(0m, totals.GetProperty("responseRatePct").GetDecimal());
        Assert.Equal("2020-01-01", totals.GetProperty("dates").GetProperty("from").GetString());
        Assert.Equal(JsonValueKind.Array, (await client.GetFromJsonAsync<JsonElement>("api/campaigns/CP0001/statistics/segments")).ValueKind);
        Assert.Equal(JsonValueKind.Array, (await client.GetFromJsonAsync<JsonElement>("api/campaigns/CP0001/statistics/channels")).ValueKind);
    }

    [Fact]
    public async Task Statistics_of_an_unknown_campaign_are_404_and_a_reversed_range_is_400()
    {
        using var client = host.Client(Roles.Viewer);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/campaigns/CP9999/statistics"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/campaigns/CP9999/statistics/channels"), HttpStatusCode.NotFound);
        await ProblemAssert.HasFieldErrorAsync(await client.GetAsync("api/campaigns/CP0001/statistics?from=2026-02-01&to=2026-01-01"), "From", "must not be after");
    }

    [Fact]
    public async Task An_activity_is_set_up_assigned_to_a_salesperson_and_its_tasks_are_closed_and_canceled()
    {
        using var admin = host.Client(Roles.Admin);
        var steps = new[]
        {
            new { stepNo = 1, type = "PhoneCall", priority = "High", description = "Call", dateFormula = "1D" },
            new { stepNo = 2, type = "Meeting", priority = "Normal", description = "Meet", dateFormula = "1W" },
        };
        using var created = await admin.PostAsJsonAsync("api/activities", new { code = "APITEST", description = "API test", steps });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        await ProblemAssert.IsProblemAsync(await admin.PostAsJsonAsync("api/activities", new { code = "APITEST", description = "again", steps }), HttpStatusCode.Conflict);
        using var replaced = await admin.PutAsJsonAsync("api/activities/APITEST", new { description = "API test (2)", steps });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        await ProblemAssert.HasFieldErrorAsync(await admin.PutAsJsonAsync("api/activities/APITEST",
            new { description = "bad", steps = new[] { new { stepNo = 1, type = "PhoneCall", priority = "High", description = "Call", dateFormula = "1X" } } }),
            "Steps[1].DateFormula", "");

        using var marketing = host.Client(Roles.Marketing);
        using var assigned = await marketing.PostAsJsonAsync("api/activities/APITEST/assign", new { target = "Salesperson", targetCode = "PS", startDate = "2026-03-02", campaignNo = "CP0001" });
        Assert.True(assigned.StatusCode == HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
        var result = await assigned.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("taskCount").GetInt32());
        await ProblemAssert.IsProblemAsync(await marketing.PostAsJsonAsync("api/activities/NO-SUCH/assign", new { target = "Salesperson", targetCode = "PS", startDate = "2026-03-02" }), HttpStatusCode.NotFound);
        await ProblemAssert.HasFieldErrorAsync(await marketing.PostAsJsonAsync("api/activities/APITEST/assign", new { target = "Salesperson", targetCode = "PS" }), "StartDate", "required");

        var tasks = await marketing.GetFromJsonAsync<JsonElement>("api/tasks?salespersonCode=PS&campaignNo=CP0001&open=true");
        var numbers = tasks.GetProperty("items").EnumerateArray().Where(t => t.GetProperty("activityCode").GetString() == "APITEST")
            .Select(t => t.GetProperty("no").GetString()!).ToList();
        Assert.Equal(2, numbers.Count);

        using var closed = await marketing.PostAsync($"api/tasks/{numbers[0]}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.True((await closed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("task").GetProperty("closed").GetBoolean());
        using var canceled = await marketing.PostAsync($"api/tasks/{numbers[1]}/cancel", null);
        Assert.True((await canceled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("task").GetProperty("canceled").GetBoolean());
        var open = await marketing.GetFromJsonAsync<JsonElement>("api/tasks?salespersonCode=PS&campaignNo=CP0001&open=true");
        Assert.DoesNotContain(open.GetProperty("items").EnumerateArray(), t => numbers.Contains(t.GetProperty("no").GetString()!));
        await ProblemAssert.IsProblemAsync(await marketing.PostAsync("api/tasks/NO-SUCH/close", null), HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("api/activities/APITEST")).StatusCode);
        await ProblemAssert.IsProblemAsync(await admin.DeleteAsync("api/activities/APITEST"), HttpStatusCode.NotFound);
        Assert.NotNull(string.Create(CultureInfo.InvariantCulture, $"{numbers[0]}"));
    }
}
