using System.Net.Http.Json;
using System.Text.Json;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Tests;

/// <summary>
/// The demo's CP0001 starts today, so trade-show's "at startingDate" timer would fire at once and race the test's
/// own "approve". Workflow tests move the start to tomorrow first (through the API, as marketing would); not further, as
/// ACTIVE's "after 1W" timer may not fall before the starting date (approving is refused then).
/// </summary>
internal static class DemoCampaignDates
{
    public static async Task StartTomorrowAsync(RunningHost host, string campaignNo = "CP0001")
    {
        using var client = host.Client(Roles.Marketing);
        var campaign = await client.GetFromJsonAsync<JsonElement>($"api/campaigns/{campaignNo}");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var response = await client.PutAsJsonAsync($"api/campaigns/{campaignNo}", new
        {
            description = campaign.GetProperty("description").GetString(),
            startingDate = today.AddDays(1),
            endingDate = today.AddDays(60),
            salespersonCode = campaign.TryGetProperty("salespersonCode", out var code) ? code.GetString() : null,
        });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
