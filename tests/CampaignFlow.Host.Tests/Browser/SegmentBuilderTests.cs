using System.Globalization;
using System.Text.RegularExpressions;
using CampaignFlow.Domain.Security;
using Microsoft.Playwright;

namespace CampaignFlow.Host.Tests.Browser;

/// <summary>The seed 001 segment part in a real browser on the demo data: build, add, reduce, undo, save criteria, link to CP0001 as target.</summary>
public sealed partial class SegmentBuilderTests(RunningHost host, BrowserSession browser) : IClassFixture<RunningHost>, IClassFixture<BrowserSession>
{
    private Task<IPage> SignedInPageAsync(string role = Roles.Marketing) => browser.SignInAsync(host, role);

    private static async Task<int> LinesAsync(IPage page) =>
        int.Parse((await page.Locator("[data-field=no-of-lines]").InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);

    /// <summary>Waits for this action's own message: any message would also match the previous action's, still shown until the page reloads.</summary>
    private static Task MessageAsync(IPage page, string text) => page.Locator("#message", new() { HasText = text }).WaitForAsync();

    private static async Task<string> CreateSegmentAsync(IPage page, string description)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Segments", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/segments", BrowserSession.Parsed);
        await page.GetByLabel("Description of the new segment").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "New segment" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/segments/SM\\d+$"), BrowserSession.Parsed);
        return page.Url[(page.Url.LastIndexOf('/') + 1)..];
    }

    [Fact]
    public async Task Marketing_walks_the_seed_001_segment_part_in_the_browser()
    {
        var page = await SignedInPageAsync();
        var no = await CreateSegmentAsync(page, "Visiteurs du salon FUTURUS");
        Assert.Contains("Visiteurs du salon FUTURUS", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await LinesAsync(page));
        await BrowserSession.ShotAsync(page, "10-segment-new");

        // Pick the PURCHASE rule, preview, add.
        await page.GetByLabel("Shipped rule").SelectOptionAsync("Segments.Walkthrough|Purchase");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview count" }).ClickAsync();
        var preview = await page.Locator("#preview").InnerTextAsync();
        var expected = int.Parse(PreviewAdd().Match(preview).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(expected > 0, preview);
        await BrowserSession.ShotAsync(page, "11-segment-preview");
        Assert.Equal("Segments.Walkthrough|Purchase", await page.GetByLabel("Shipped rule").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contacts" }).ClickAsync();
        await MessageAsync(page, "Add: ");
        Assert.Equal(expected, await LinesAsync(page));
        Assert.Equal(Math.Min(25, expected), await page.Locator("[data-table=lines] tbody tr").CountAsync());
        await BrowserSession.ShotAsync(page, "12-segment-added-purchase");

        // Reduce by PROS, then undo: the count goes back.
        await page.GetByLabel("Shipped rule").SelectOptionAsync("Segments.Walkthrough|Prospects");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reduce contacts" }).ClickAsync();
        await MessageAsync(page, "Reduce: ");
        var reduced = await LinesAsync(page);
        Assert.True(reduced < expected, $"{reduced} of {expected}");
        await BrowserSession.ShotAsync(page, "13-segment-reduced-pros");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo last action" }).ClickAsync();
        await MessageAsync(page, "Undo: ");
        Assert.Equal(expected, await LinesAsync(page));
        Assert.Equal(1, await page.Locator("section[aria-labelledby=criteria] tbody tr").CountAsync());

        // Save criteria.
        await page.GetByLabel("Criteria code").FillAsync("FUTURUS");
        await page.GetByLabel("Criteria description", new() { Exact = true }).FillAsync("Acheteurs du salon FUTURUS");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save criteria" }).ClickAsync();
        await MessageAsync(page, "Criteria saved as FUTURUS");

        // Link to campaign CP0001 as target.
        await page.GetByLabel("Campaign to link").SelectOptionAsync("CP0001");
        await page.GetByLabel("As target").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Link to campaign" }).ClickAsync();
        await MessageAsync(page, "Segment linked to campaign CP0001");
        Assert.Equal("CP0001", (await page.Locator("[data-field=campaign]").InnerTextAsync()).Trim());
        Assert.Equal("Yes", (await page.Locator("[data-field=campaign-target]").InnerTextAsync()).Trim());
        Assert.Equal(expected, await LinesAsync(page));
        await BrowserSession.ShotAsync(page, "14-segment-linked-CP0001");

        // The campaign card lists the segment; its link leads back to the builder.
        await page.Locator("[data-field=campaign] a").ClickAsync();
        await page.WaitForURLAsync("**/campaigns/CP0001", BrowserSession.Parsed);
        var item = page.Locator("[data-section=segments] li").Filter(new() { HasText = no });
        Assert.Contains("target", await item.InnerTextAsync(), StringComparison.Ordinal);
        var link = item.GetByRole(AriaRole.Link, new() { Name = no, Exact = true });
        await BrowserSession.ShotAsync(page, "15-campaign-card-segments");
        await link.ClickAsync();
        await page.WaitForURLAsync($"**/segments/{no}", BrowserSession.Parsed);
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_bad_expression_and_undo_with_nothing_to_undo_are_shown_beside_the_form()
    {
        var page = await SignedInPageAsync();
        await CreateSegmentAsync(page, "<i>Erreurs</i>");
        Assert.Equal("<i>Erreurs</i>", (await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync()).Split(" · ", 2)[1]);

        await page.GetByLabel("Or an expression over contact").FillAsync("contact.Nmae == \"x\"");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add contacts" }).ClickAsync();
        var alert = page.Locator("#action-error");
        Assert.Contains("column", await alert.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("contact.Nmae == \"x\"", await page.GetByLabel("Or an expression over contact").InputValueAsync());
        Assert.Equal(0, await LinesAsync(page));
        await BrowserSession.ShotAsync(page, "16-segment-bad-expression");

        // Keyboard: Tab from the expression field reaches the first option checkbox; Space ticks it.
        await page.GetByLabel("Or an expression over contact").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("o-expand", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.GetByLabel("Expand Companies").IsCheckedAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo last action" }).ClickAsync();
        Assert.Contains("nothing to undo", await page.Locator("#action-error").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [GeneratedRegex(@"Add would insert (\d+)")]
    private static partial Regex PreviewAdd();
}
