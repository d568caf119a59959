using System.Text.RegularExpressions;
using CampaignFlow.Domain.Security;
using Microsoft.Playwright;

namespace CampaignFlow.Host.Tests.Browser;

/// <summary>The price lookup page, the campaign card's statistics and pricing sections and the tasks page, in a real browser.</summary>
public sealed class PricingUiTests(RunningHost host, BrowserSession browser) : IClassFixture<RunningHost>, IClassFixture<BrowserSession>
{
    private Task<IPage> SignedInPageAsync(string role = Roles.Marketing) => browser.SignInAsync(host, role);

    [Fact]
    public async Task Marketing_looks_up_MS_2000_at_list_price_then_with_CP0001_and_sees_the_card_statistics()
    {
        var page = await SignedInPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Prices", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/prices", BrowserSession.Parsed);
        Assert.Equal("Price lookup", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());

        await page.GetByLabel("Customer No.").FillAsync("C000010");
        await page.GetByLabel("Item No.").FillAsync("MS-2000");
        await page.GetByLabel("Quantity").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Look up" }).ClickAsync();
        await page.WaitForURLAsync("**/prices?*", BrowserSession.Parsed);
        Assert.Equal("4,500.00", (await page.Locator("[data-field=unit-price]").InnerTextAsync()).Trim());
        Assert.Equal("item list price", (await page.Locator("[data-field=price-source]").InnerTextAsync()).Trim());
        await BrowserSession.ShotAsync(page, "10-price-lookup-list-price");

        // Keyboard: type the campaign and submit with Enter.
        await page.GetByLabel("Campaign No. (optional)").FillAsync("CP0001");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**campaignNo=CP0001*", BrowserSession.Parsed);
        Assert.Equal("3,999.00", (await page.Locator("[data-field=unit-price]").InnerTextAsync()).Trim());
        Assert.Contains("campaign CP0001", await page.Locator("[data-field=price-source]").InnerTextAsync(), StringComparison.Ordinal);
        var offer = page.Locator("tr[data-offer=CP0001]");
        Assert.Contains("named", await offer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Yes", await offer.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ShotAsync(page, "11-price-lookup-campaign-CP0001");

        await offer.GetByRole(AriaRole.Link, new() { Name = "CP0001" }).ClickAsync();
        await page.WaitForURLAsync("**/campaigns/CP0001", BrowserSession.Parsed);
        var statistics = page.Locator("[data-section=statistics]");
        Assert.Equal("0", (await statistics.Locator("[data-field=contacted]").InnerTextAsync()).Trim());
        Assert.Contains("%", await statistics.Locator("[data-field=response-rate]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await statistics.Locator("svg[role=img] title").CountAsync());
        var pricing = page.Locator("[data-section=pricing]");
        Assert.Contains("3,999.00", await pricing.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("MS-RACK", await pricing.InnerTextAsync(), StringComparison.Ordinal);

        // The demo links target segment SM0001 to CP0001: activating reports the target group it made.
        await pricing.GetByRole(AriaRole.Button, new() { Name = "Activate", Exact = true }).ClickAsync();
        // Wait for the answer page's message: the card already has other status regions before the post returns.
        var activated = page.GetByRole(AriaRole.Status).Filter(new() { HasTextRegex = new Regex("Activated: [0-9]+ customers and [1-9][0-9]* contacts in the target group") });
        await Assertions.Expect(activated).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await BrowserSession.ShotAsync(page, "12-campaign-card-statistics-pricing");
        await page.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_customer_is_reported_naming_the_field_and_a_viewer_sees_no_activation_buttons()
    {
        var page = await SignedInPageAsync(Roles.Viewer);
        await page.GotoAsync(new Uri(host.BaseAddress, "prices?customerNo=%3Cb%3ENOPE%3C%2Fb%3E&itemNo=MS-2000&quantity=1").ToString());
        var alert = page.GetByRole(AriaRole.Alert);
        Assert.Contains("customer '<b>NOPE</b>' does not exist", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("CustomerNo", await alert.GetAttributeAsync("data-field"));
        Assert.Equal(0, await page.Locator("main b").CountAsync());

        await page.GotoAsync(new Uri(host.BaseAddress, "campaigns/CP0001").ToString());
        Assert.Equal(0, await page.Locator("[data-section=pricing] button").CountAsync());
        await page.GotoAsync(new Uri(host.BaseAddress, "tasks").ToString());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Close" }).CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Marketing_closes_and_cancels_tasks_on_the_tasks_page()
    {
        var services = host.Services;
        var activities = (CampaignFlow.Workflows.Hosting.Activities.ActivityService)services.GetService(typeof(CampaignFlow.Workflows.Hosting.Activities.ActivityService))!;
        await activities.AssignAsync(new(ActivityCode: "FOLLOWUP", CampaignFlow.Workflows.Hosting.Activities.AssignmentTargetKind.Salesperson, "HR", new DateOnly(2026, 3, 2), "CP0001"));

        var page = await SignedInPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "tasks").ToString());
        await page.GetByLabel("Salesperson").FillAsync("HR");
        await page.GetByLabel("Campaign No.").FillAsync("CP0001");
        await page.GetByLabel("Open tasks only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync("**/tasks?*", BrowserSession.Parsed);
        Assert.Equal(3, await page.Locator("tbody tr").CountAsync());
        var first = (await page.Locator("tbody tr td").First.InnerTextAsync()).Trim();
        await BrowserSession.ShotAsync(page, "13-tasks-filtered");

        await page.GetByRole(AriaRole.Button, new() { Name = $"Close task {first}" }).ClickAsync();
        Assert.Contains($"Task {first} closed", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        var second = (await page.Locator("tbody tr:has(button) td").First.InnerTextAsync()).Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel task {second}" }).ClickAsync();
        Assert.Contains($"Task {second} canceled", await page.GetByRole(AriaRole.Status).InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ShotAsync(page, "14-tasks-closed-canceled");
        await page.CloseAsync();
    }
}
