using System.Net.Http.Json;
using CampaignFlow.Domain.Security;
using Microsoft.Playwright;

namespace CampaignFlow.Host.Tests.Browser;

/// <summary>The web UI in a real browser against the real host: sign in with the demo marketing key, campaigns, card, contacts, keyboard, escaping.</summary>
public sealed class WebUiTests(RunningHost host, BrowserSession browser) : IClassFixture<RunningHost>, IClassFixture<BrowserSession>
{
    private async Task<IPage> SignedInPageAsync(string role = Roles.Marketing)
    {
        // One profile per class: start every test signed out.
        await browser.Context.ClearCookiesAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "campaigns").ToString());
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("API key").FillAsync(host.Keys[role]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/campaigns", BrowserSession.Parsed);
        return page;
    }

    [Fact]
    public async Task Marketing_signs_in_opens_the_campaign_list_and_the_card_of_CP0001()
    {
        var page = await SignedInPageAsync();
        await BrowserSession.ShotAsync(page, "01-campaign-list");
        Assert.Equal("Campaigns", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "CP0001", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/campaigns/CP0001", BrowserSession.Parsed);
        Assert.Contains("Salon FUTURUS", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("PLANNED", await page.Locator("[data-field=status]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (await page.Locator("[data-field=starting-date]").InnerTextAsync()).Trim());
        foreach (var section in new[] { "workflow", "statistics", "segments" })
            Assert.Equal(1, await page.Locator($"[data-section={section}]").CountAsync());
        Assert.Equal(1, await page.Locator("[data-section=statistics] svg[role=img] title").CountAsync());
        await BrowserSession.ShotAsync(page, "02-campaign-card-CP0001");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Contacts_are_searched_and_paged()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "contacts").ToString());
        var everyone = await page.Locator("tbody tr").CountAsync();
        Assert.Equal(25, everyone);
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page →" }).ClickAsync();
        await page.WaitForURLAsync("**/contacts?page=2", BrowserSession.Parsed);
        await page.GetByLabel("Search by name, No., company or city").FillAsync("CT000001");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/contacts?search=CT000001", BrowserSession.Parsed);
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        Assert.Contains("CT000001", await page.Locator("tbody tr").First.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ShotAsync(page, "03-contacts-search");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_whole_flow_works_with_the_keyboard()
    {
        await browser.Context.ClearCookiesAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "login").ToString());
        // The key field has focus on arrival; type, Enter submits.
        await FocusShouldBeAsync(page, "id", "key");
        await page.Keyboard.TypeAsync(host.Keys[Roles.Viewer]);
        await page.Keyboard.PressAsync("Enter");
        // Load, not DOMContentLoaded: the keyboard shortcuts come from site.js.
        await page.WaitForURLAsync("**/campaigns", new() { WaitUntil = WaitUntilState.Load });
        // First Tab reaches the skip link; Enter moves focus to the main content.
        await page.Keyboard.PressAsync("Tab");
        await FocusShouldBeAsync(page, "textContent", "Skip to content");
        await page.Keyboard.PressAsync("Enter");
        await FocusShouldBeAsync(page, "id", "main");
        // "/" jumps to the search field.
        await page.Keyboard.PressAsync("/");
        await FocusShouldBeAsync(page, "id", "search");
        // Tab order through the navigation: brand, Campaigns, Contacts …; Enter follows the link.
        await page.Locator("a.brand").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await FocusShouldBeAsync(page, "textContent", "Contacts");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/contacts", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("page", await page.GetByRole(AriaRole.Link, new() { Name = "Contacts", Exact = true }).GetAttributeAsync("aria-current"));
        await BrowserSession.ShotAsync(page, "04-keyboard-contacts");
        await page.CloseAsync();
    }

    /// <summary>
    /// Waits (up to 5 s) until the focused element's property has the value, then asserts it: on a loaded machine the
    /// browser may apply a key press a moment after Playwright returns.
    /// </summary>
    private static async Task FocusShouldBeAsync(IPage page, string property, string expected)
    {
        try
        {
            await page.WaitForFunctionAsync($"([p, v]) => document.activeElement && (document.activeElement[p] ?? '').trim() === v",
                new[] { property, expected }, new() { Timeout = 5000 });
        }
        catch (TimeoutException) { /* reported by the assertion below */ }
        Assert.Equal(expected, (await page.EvaluateAsync<string>($"() => (document.activeElement?.{property} ?? '').trim()")));
    }

    [Fact]
    public async Task Html_and_script_in_a_contact_name_are_shown_as_text()
    {
        using var api = host.Client(Roles.Marketing);
        var name = "<script>alert(1)</script>";
        using var created = await api.PostAsJsonAsync("api/contacts", new { no = "XSS0001", name, type = "Person", city = "<b>Bold City</b>" });
        created.EnsureSuccessStatusCode();

        var page = await SignedInPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        await page.GotoAsync(new Uri(host.BaseAddress, "contacts?search=XSS0001").ToString());
        var cell = page.Locator("tbody tr td.name").First;
        Assert.Equal(name, await cell.InnerTextAsync());
        Assert.Contains("&lt;script&gt;", await cell.InnerHTMLAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("tbody script").CountAsync());
        Assert.Equal(0, await page.Locator("tbody b").CountAsync());
        Assert.Equal(0, dialogs);
        await BrowserSession.ShotAsync(page, "05-escaped-contact-name");
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_key_is_refused_on_the_login_page()
    {
        await browser.Context.ClearCookiesAsync();
        var page = await browser.Context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "login").ToString());
        await page.GetByLabel("API key").FillAsync("cf_nothing_real");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Contains("not valid", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.CloseAsync();
    }
}
