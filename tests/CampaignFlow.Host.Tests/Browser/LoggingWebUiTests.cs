using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Tests.Logging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CampaignFlow.Host.Tests.Browser;

/// <summary>
/// Seed 001 on the demo data in a real browser: the thank-you letter (BUS, target of CP0001) logged with attachments and a
/// follow-up segment, then the responses (RESP, Campaign Response) logged without sending; the interaction log shows both;
/// the logged segments list cancels and deletes.
/// </summary>
public sealed class LoggingWebUiTests(RunningHost host, BrowserSession browser) : IClassFixture<RunningHost>, IClassFixture<BrowserSession>
{
    private Task<IPage> SignedInPageAsync(string role = Roles.Marketing) => browser.SignInAsync(host, role);

    [Fact]
    public async Task Seed_001_letter_and_responses_are_logged_from_the_browser_and_shown_in_the_interaction_log()
    {
        var letter = await DemoSegments.CreateAsync(host, "Thank you for visiting <our> stand", "BUS", 3);
        var page = await SignedInPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"segments/{letter}/log").ToString());
        Assert.Equal($"Log segment {letter}", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal("Thank you for visiting <our> stand", await page.Locator("[data-field=description]").InnerTextAsync());
        Assert.Equal("3", await page.Locator("[data-field=lines]").InnerTextAsync());
        await page.GetByLabel("Send attachments").CheckAsync();
        await page.GetByLabel("Create follow-up segment").CheckAsync();
        await BrowserSession.ShotAsync(page, "20-log-segment-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log segment" }).ClickAsync();
        await page.Locator("[data-section=result]").WaitForAsync();
        Assert.Equal("3", await page.Locator("[data-field=interactions]").InnerTextAsync());
        Assert.Equal(3, int.Parse(await page.Locator("[data-field=deliveries]").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture));
        var followUp = page.Locator("[data-field=follow-up] a");
        var followUpNo = await followUp.InnerTextAsync();
        Assert.Equal($"/segments/{followUpNo}", await followUp.GetAttributeAsync("href"));
        var loggedNo = (await page.Locator("[data-field=logged-segment-no]").InnerTextAsync()).Trim();
        Assert.Matches(@"^\d+$", await page.Locator("[data-field=open-deliveries]").InnerTextAsync());
        await BrowserSession.ShotAsync(page, "21-log-segment-result");
        await page.GetByRole(AriaRole.Link, new() { Name = "Refresh" }).ClickAsync();
        await page.WaitForURLAsync($"**/segments/{letter}/log?logged={loggedNo}", BrowserSession.Parsed);
        Assert.Equal(loggedNo, await page.Locator("[data-field=summary-entry-no]").InnerTextAsync());

        // The responses: RESP, Campaign Response, logged without sending.
        var responses = await DemoSegments.CreateAsync(host, "Responses to the fair", "RESP", 2, response: true, skip: 3);
        await page.GotoAsync(new Uri(host.BaseAddress, $"segments/{responses}/log").ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Log segment" }).ClickAsync();
        await page.Locator("[data-section=result]").WaitForAsync();
        Assert.Equal("2", await page.Locator("[data-field=interactions]").InnerTextAsync());
        Assert.Equal("0", await page.Locator("[data-field=deliveries]").InnerTextAsync());
        Assert.Equal("none", (await page.Locator("[data-field=follow-up]").InnerTextAsync()).Trim());
        var responsesNo = (await page.Locator("[data-field=logged-segment-no]").InnerTextAsync()).Trim();

        await page.GotoAsync(new Uri(host.BaseAddress, "interactions?campaignNo=CP0001").ToString());
        var rows = page.Locator("tbody tr");
        Assert.True(await rows.CountAsync() >= 5);
        Assert.Equal(2, await page.Locator("tbody tr", new() { HasText = "RESP" }).CountAsync());
        Assert.Equal(3, await page.Locator("tbody tr", new() { HasText = "BUS" }).CountAsync());
        Assert.Contains("<our>", await page.Locator("tbody tr", new() { HasText = "BUS" }).First.InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.ShotAsync(page, "22-interaction-log-seed-001");

        // Cancel one response interaction, then delete it, from the interaction log.
        await page.GotoAsync(new Uri(host.BaseAddress, $"interactions?loggedSegmentEntryNo={responsesNo}").ToString());
        var first = page.Locator("tbody tr").First;
        var entryNo = await first.GetAttributeAsync("data-entry");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel interaction {entryNo}" }).ClickAsync();
        await page.Locator("[data-field=message]").WaitForAsync();
        Assert.Equal("Yes", await page.Locator($"tr[data-entry='{entryNo}'] [data-field=canceled]").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete interaction {entryNo}" }).ClickAsync();
        await page.Locator("[data-field=message]", new() { HasText = "deleted" }).WaitForAsync();
        Assert.Equal(0, await page.Locator($"tr[data-entry='{entryNo}']").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task Logged_segments_are_canceled_uncanceled_and_deleted_with_the_keyboard()
    {
        var no = await DemoSegments.CreateAsync(host, "Keyboard cancel", "RESP", 1, response: true, skip: 6);
        await host.Services.GetRequiredService<CampaignFlow.Interactions.Logging.LogSegmentService>()
            .LogAsync(no, new CampaignFlow.Interactions.Logging.LogSegmentOptions(), "test");
        var entryNo = await DemoSegments.ReadAsync(host, db => db.LoggedSegments.Where(l => l.SegmentNo == no).Select(l => l.EntryNo).SingleAsync());
        var page = await SignedInPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Logged segments" }).ClickAsync();
        await page.WaitForURLAsync("**/logged-segments", BrowserSession.Parsed);
        var row = page.Locator($"tr[data-entry='{entryNo}']");
        Assert.Contains("Keyboard cancel", await row.InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel logged segment {entryNo}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("[data-field=message]", new() { HasText = $"Logged segment {entryNo} canceled." }).WaitForAsync();
        Assert.Equal("Yes", await page.Locator($"tr[data-entry='{entryNo}'] [data-field=canceled]").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = $"Uncancel logged segment {entryNo}" }).ClickAsync();
        await page.Locator("[data-field=message]", new() { HasText = $"Logged segment {entryNo} uncanceled." }).WaitForAsync();
        // Whole messages: "canceled" alone would also match the "uncanceled" message still shown before the page reloads.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Cancel logged segment {entryNo}" }).ClickAsync();
        await page.Locator("[data-field=message]", new() { HasText = $"Logged segment {entryNo} canceled." }).WaitForAsync();
        await BrowserSession.ShotAsync(page, "23-logged-segments-canceled");
        await page.GetByRole(AriaRole.Button, new() { Name = $"Delete logged segment {entryNo}" }).ClickAsync();
        await page.Locator("[data-field=message]", new() { HasText = $"Logged segment {entryNo} deleted." }).WaitForAsync();
        Assert.Equal(0, await page.Locator($"tr[data-entry='{entryNo}']").CountAsync());

        // A viewer sees the list without buttons.
        var viewer = await SignedInPageAsync(Roles.Viewer);
        await viewer.GotoAsync(new Uri(host.BaseAddress, "logged-segments").ToString());
        Assert.Equal(0, await viewer.GetByRole(AriaRole.Button, new() { Name = "Cancel logged segment" }).CountAsync());
        await viewer.CloseAsync();
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_call_list_shows_a_salespersons_calls_and_records_an_outcome()
    {
        var salesperson = await DemoSegments.ReadAsync(host, db => db.Salespeople.OrderBy(s => s.Code).Select(s => s.Code).FirstAsync());
        var contact = (await DemoSegments.PurchaseContactsAsync(host, 1, skip: 9))[0];
        var task = await host.Services.GetRequiredService<CampaignFlow.Plugins.Abstractions.IPhoneTaskService>().CreateCallTaskAsync(
            new CampaignFlow.Plugins.Abstractions.PhoneCallTaskRequest
            {
                DeliveryId = new CampaignFlow.Plugins.Abstractions.DeliveryId(800_000 + Random.Shared.Next(1000), 1), SalespersonCode = salesperson,
                ContactNo = contact, ContactName = "<i>Callee</i>", PhoneNo = "+45 5555", CampaignNo = "CP0001", Subject = "Follow-up call",
                Script = "Say <script>hello</script>",
            }, CancellationToken.None);
        var page = await SignedInPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await page.WaitForURLAsync("**/calls", BrowserSession.Parsed);
        await page.GetByLabel("Salesperson", new() { Exact = true }).SelectOptionAsync(salesperson);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show calls" }).ClickAsync();
        var row = page.Locator($"tr[data-task='{task.TaskNo}']");
        Assert.Contains("Say <script>hello</script>", await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains(contact, await row.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await row.Locator("script, i").CountAsync());
        await BrowserSession.ShotAsync(page, "24-call-list");
        await row.GetByLabel("Note").FillAsync("wants a demo");
        await row.GetByRole(AriaRole.Button, new() { Name = "Response" }).ClickAsync();
        await page.Locator("[data-field=message]").WaitForAsync();
        Assert.Contains("Response recorded", await page.Locator("[data-field=message]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"tr[data-task='{task.TaskNo}']").CountAsync());
        await page.CloseAsync();
    }

    [Fact]
    public async Task A_segment_without_lines_shows_the_reason_and_an_unknown_segment_is_404()
    {
        var empty = await DemoSegments.CreateAsync(host, "Nobody yet", "BUS", 0);
        var page = await SignedInPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"segments/{empty}/log").ToString());
        await page.GetByLabel("Send attachments").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        Assert.True(await page.GetByLabel("Send attachments").IsCheckedAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Log segment" }).ClickAsync();
        Assert.Contains("no lines", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-section=result]").CountAsync());
        Assert.False(await DemoSegments.ReadAsync(host, db => db.LoggedSegments.AnyAsync(l => l.SegmentNo == empty)));
        var missing = await page.GotoAsync(new Uri(host.BaseAddress, "segments/NO-SUCH/log").ToString());
        Assert.Equal(404, missing!.Status);
        await page.CloseAsync();
    }
}
