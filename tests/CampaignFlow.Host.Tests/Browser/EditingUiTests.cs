using System.Globalization;
using System.Text.RegularExpressions;
using CampaignFlow.Domain.Security;
using CampaignFlow.Segments;
using CampaignFlow.Segments.Filters;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CampaignFlow.Host.Tests.Browser;

/// <summary>
/// Editing in a real browser: an admin fixes a template whose Handlebars does not compile; marketing reuses saved criteria
/// in the segment builder and removes a line. Every step waits for the element or text it needs (no fixed sleeps).
/// </summary>
public sealed class EditingUiTests(RunningHost host, BrowserSession browser) : IClassFixture<RunningHost>, IClassFixture<BrowserSession>
{
    // Generous: the suite shares two cores with other work.
    private static readonly LocatorAssertionsToContainTextOptions Patient = new() { Timeout = 30_000 };

    private Task<IPage> SignedInPageAsync(string role) => browser.SignInAsync(host, role);

    private static async Task<int> LinesAsync(IPage page) =>
        int.Parse((await page.Locator("[data-field=no-of-lines]").InnerTextAsync()).Trim(), CultureInfo.InvariantCulture);

    [Fact]
    public async Task Admin_edits_a_template_sees_the_handlebars_error_with_line_and_column_then_fixes_it()
    {
        var page = await SignedInPageAsync(Roles.Admin);
        await page.GetByRole(AriaRole.Link, new() { Name = "Templates", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/templates", BrowserSession.Parsed);
        await page.GetByRole(AriaRole.Link, new() { Name = "CALL", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/templates/CALL", BrowserSession.Parsed);
        await BrowserSession.ShotAsync(page, "40-template-CALL");

        await page.GetByLabel("Unit cost").FillAsync("4.25");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Body of content 1" }).FillAsync("Call {{contact.name}}\nabout {{#if contact.phoneNo}} the demo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save template" }).ClickAsync();
        var error = page.Locator("#template-error");
        await Assertions.Expect(error).ToContainTextAsync("Contents[EN].body: line", Patient);
        Assert.Contains("column", await error.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Call {{contact.name}}\nabout {{#if contact.phoneNo}} the demo", await page.GetByRole(AriaRole.Textbox, new() { Name = "Body of content 1" }).InputValueAsync());
        await BrowserSession.ShotAsync(page, "41-template-handlebars-error");

        // Fix it and save from the keyboard: Enter in the subject field submits the form.
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Body of content 1" }).FillAsync("Call {{contact.name}} on {{contact.phoneNo}} about the demo.");
        await page.GetByLabel("Subject of content 1").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Template CALL saved.", Patient);
        Assert.Equal("4.25", await page.GetByLabel("Unit cost").InputValueAsync());
        Assert.Equal(0, await page.Locator("#template-error").CountAsync());
        await BrowserSession.ShotAsync(page, "42-template-saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Templates", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/templates", BrowserSession.Parsed);
        Assert.Contains("4.25", await page.Locator("tr[data-template=CALL]").InnerTextAsync(), StringComparison.Ordinal);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Marketing_reuses_saved_criteria_in_the_builder_removes_a_line_and_undoes_it()
    {
        var segments = host.Services.GetRequiredService<SegmentService>();
        var source = await segments.CreateAsync(new SegmentHeaderUpdate { Description = "Criteria source" });
        var expected = (await segments.AddContactsAsync(source.No, source.Version, SegmentFilter.Rule("Segments.Walkthrough", "Purchase"))).NoOfLines;
        await segments.SaveCriteriaAsync(source.No, "BR-PURCH", "Buyers at FUTURUS");

        var page = await SignedInPageAsync(Roles.Marketing);
        await page.GetByRole(AriaRole.Link, new() { Name = "Segments", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/segments", BrowserSession.Parsed);
        await page.GetByLabel("Description of the new segment").FillAsync("Relance FUTURUS");
        await page.GetByRole(AriaRole.Button, new() { Name = "New segment" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/segments/SM\\d+$"), BrowserSession.Parsed);
        Assert.Equal(0, await LinesAsync(page));

        await page.GetByLabel("Saved criteria").SelectOptionAsync("BR-PURCH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reuse criteria", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Criteria BR-PURCH reused: 1 action(s) replayed", Patient);
        Assert.Equal(expected, await LinesAsync(page));
        // The replayed action is recorded as its own action (so Undo reverts it).
        Assert.Contains("Segments.Walkthrough › Purchase", await page.Locator("section[aria-labelledby=criteria] tbody").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ShotAsync(page, "43-builder-reused-criteria");

        var firstLine = (await page.Locator("[data-table=lines] tbody tr td").First.InnerTextAsync()).Trim();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Remove line {firstLine}", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync($"Line {firstLine} removed", Patient);
        Assert.Equal(expected - 1, await LinesAsync(page));
        await BrowserSession.ShotAsync(page, "44-builder-line-removed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo last action" }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Undo", Patient);
        Assert.Equal(expected, await LinesAsync(page));
        await page.CloseAsync();
    }

    [Fact]
    public async Task Marketing_adds_changes_and_deletes_a_campaign_price_from_the_card()
    {
        var page = await SignedInPageAsync(Roles.Marketing);
        await page.GotoAsync(new Uri(host.BaseAddress, "campaigns/CP0001").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit prices and discounts" }).ClickAsync();
        await page.WaitForURLAsync("**/campaigns/CP0001/prices", BrowserSession.Parsed);

        // Keyboard: Enter in the last field submits the new price.
        await page.GetByLabel("Item No. (new price)").FillAsync("1996-S");
        await page.GetByLabel("Unit price (new price)").FillAsync("599");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Price for 1996-S added: 599.00.", Patient);
        var row = page.Locator("tr[data-price]").Filter(new() { Has = page.Locator("input[value='1996-S']") });
        var id = await row.GetAttributeAsync("data-price");
        await BrowserSession.ShotAsync(page, "45-campaign-price-added");

        await page.GetByLabel($"Unit price of price {id}", new() { Exact = true }).FillAsync("580");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Save price {id}", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Price for 1996-S saved: 580.00.", Patient);
        Assert.Equal("580", await page.GetByLabel($"Unit price of price {id}", new() { Exact = true }).InputValueAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete price {id}", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#message")).ToContainTextAsync("Price deleted.", Patient);
        Assert.Equal(0, await page.Locator($"tr[data-price='{id}']").CountAsync());
        await BrowserSession.ShotAsync(page, "46-campaign-price-deleted");
        await page.CloseAsync();
    }
}
