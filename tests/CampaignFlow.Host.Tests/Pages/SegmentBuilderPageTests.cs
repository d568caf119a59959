using System.Globalization;
using System.Net;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Tests.Logging;
using CampaignFlow.Segments;
using CampaignFlow.Segments.Filters;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests.Pages;

/// <summary>The segment builder's reuse, add-contact, remove-line and line-flag forms over HTTP, with their refusals shown in the page.</summary>
public sealed class SegmentBuilderPageTests(RunningHost host) : IClassFixture<RunningHost>
{
    private SegmentService Segments => host.Services.GetRequiredService<SegmentService>();

    private static string V(int version) => version.ToString(CultureInfo.InvariantCulture);

    private async Task<CampaignFlow.Domain.Segments.Segment> NewSegmentAsync(string description, string? campaignNo = null) =>
        await Segments.CreateAsync(new SegmentHeaderUpdate { Description = description, CampaignNo = campaignNo });

    [Fact]
    public async Task Reusing_saved_criteria_replays_them_on_another_segment()
    {
        var source = await NewSegmentAsync("Source of criteria");
        var added = await Segments.AddContactsAsync(source.No, source.Version, SegmentFilter.Rule("Segments.Walkthrough", "Purchase"));
        await Segments.SaveCriteriaAsync(source.No, "PG-PURCH", "Purchase buyers");
        var target = await NewSegmentAsync("Reuses criteria");

        using var client = new PageClient(host, Roles.Marketing);
        var page = $"/segments/{target.No}";
        var (status, html) = await client.PostAsync(page, $"{page}?handler=ReuseCriteria", ("Version", V(target.Version)), ("Reuse.CriteriaCode", "PG-PURCH"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Criteria PG-PURCH reused: 1 action(s) replayed; the segment has {added.NoOfLines} line(s).", PageClient.TextOf(html, "message"), StringComparison.Ordinal);
        Assert.Equal(added.NoOfLines, await Segments.CountLinesAsync(target.No));
        Assert.Contains("PG-PURCH · Purchase buyers", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_criteria_or_logged_segment_are_shown_beside_the_reuse_forms_and_nothing_changes()
    {
        var segment = await NewSegmentAsync("Reuse errors");
        using var client = new PageClient(host, Roles.Marketing);
        var page = $"/segments/{segment.No}";

        var (status, html) = await client.PostAsync(page, $"{page}?handler=ReuseSegment", ("Version", V(segment.Version)), ("Reuse.LoggedSegmentEntryNo", "987654"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("no such logged segment", PageClient.TextOf(html, "reuse-error"), StringComparison.Ordinal);

        (status, html) = await client.PostAsync(page, $"{page}?handler=ReuseCriteria", ("Version", V(segment.Version)), ("Reuse.CriteriaCode", ""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CriteriaCode: pick the saved criteria to reuse.", PageClient.TextOf(html, "reuse-error"));
        Assert.Equal(0, await Segments.CountLinesAsync(segment.No));
        Assert.Equal(segment.Version, (await Segments.GetAsync(segment.No)).Version);
    }

    [Fact]
    public async Task Marketing_adds_a_contact_by_hand_sets_its_line_flags_and_removes_the_line()
    {
        var segment = await NewSegmentAsync("By hand", campaignNo: "CP0001");
        var contactNo = (await DemoSegments.PurchaseContactsAsync(host, 1))[0];
        using var client = new PageClient(host, Roles.Marketing);
        var page = $"/segments/{segment.No}";

        var (status, html) = await client.PostAsync(page, $"{page}?handler=AddContact", ("Version", V(segment.Version)), ("Reuse.ContactNo", contactNo));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Contact {contactNo} added (1 line(s))", PageClient.TextOf(html, "message"), StringComparison.Ordinal);
        var line = Assert.Single(await Segments.GetLinesAsync(segment.No));
        var version = (await Segments.GetAsync(segment.No)).Version;
        Assert.Contains($"id=\"lt-{line.LineNo}\"", html, StringComparison.Ordinal);

        // Adding it again is refused unless "even if already in the segment".
        (status, html) = await client.PostAsync(page, $"{page}?handler=AddContact", ("Version", V(version)), ("Reuse.ContactNo", contactNo));
        Assert.NotNull(PageClient.TextOf(html, "contact-error"));
        Assert.Equal(1, await Segments.CountLinesAsync(segment.No));

        (status, html) = await client.PostAsync(page, $"{page}?handler=LineFlags", ("Version", V(version)),
            ("LineFlags.LineNo", line.LineNo.ToString(CultureInfo.InvariantCulture)), ("LineFlags.CampaignResponse", "true"));
        Assert.Contains("Campaign Target No, Campaign Response Yes", PageClient.TextOf(html, "message"), StringComparison.Ordinal);
        var flagged = Assert.Single(await Segments.GetLinesAsync(segment.No));
        Assert.True(flagged.CampaignResponse);
        Assert.False(flagged.CampaignTarget);

        version = (await Segments.GetAsync(segment.No)).Version;
        (status, html) = await client.PostAsync(page, $"{page}?handler=RemoveLine&lineNo={line.LineNo}", ("Version", V(version)));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains($"Line {line.LineNo} removed; the segment has 0 line(s).", PageClient.TextOf(html, "message"), StringComparison.Ordinal);
        Assert.Equal(0, await Segments.CountLinesAsync(segment.No));
    }

    [Fact]
    public async Task Line_flags_without_a_campaign_and_an_unknown_line_are_refused_naming_the_field()
    {
        var segment = await NewSegmentAsync("No campaign");
        var contactNo = (await DemoSegments.PurchaseContactsAsync(host, 1))[0];
        var added = await Segments.AddContactAsync(segment.No, segment.Version, contactNo);
        var line = Assert.Single(await Segments.GetLinesAsync(segment.No));
        using var client = new PageClient(host, Roles.Marketing);
        var page = $"/segments/{segment.No}";

        var (status, html) = await client.PostAsync(page, $"{page}?handler=LineFlags", ("Version", V(added.Version)),
            ("LineFlags.LineNo", line.LineNo.ToString(CultureInfo.InvariantCulture)), ("LineFlags.CampaignTarget", "true"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("CampaignNo: Campaign Target and Campaign Response need a campaign on the line.", PageClient.TextOf(html, "lines-error"));

        (_, html) = await client.PostAsync(page, $"{page}?handler=RemoveLine&lineNo=123", ("Version", V(added.Version)));
        Assert.NotNull(PageClient.TextOf(html, "lines-error"));
        Assert.Equal(1, await Segments.CountLinesAsync(segment.No));
    }

    [Fact]
    public async Task A_stale_version_is_a_clear_message_and_nothing_is_written()
    {
        var segment = await NewSegmentAsync("Two people at once");
        var contacts = await DemoSegments.PurchaseContactsAsync(host, 2);
        await Segments.AddContactAsync(segment.No, segment.Version, contacts[0]); // someone else, after the page was read
        using var client = new PageClient(host, Roles.Marketing);
        var page = $"/segments/{segment.No}";

        var (status, html) = await client.PostAsync(page, $"{page}?handler=AddContact", ("Version", V(segment.Version)), ("Reuse.ContactNo", contacts[1]));

        Assert.Equal(HttpStatusCode.OK, status);
        var error = PageClient.TextOf(html, "contact-error");
        Assert.StartsWith("Version: ", error, StringComparison.Ordinal);
        Assert.Contains("was changed by someone else", error, StringComparison.Ordinal);
        Assert.Contains("reload the segment and try again", error, StringComparison.Ordinal);
        Assert.Equal(1, await Segments.CountLinesAsync(segment.No));
    }

    [Fact]
    public async Task Html_in_a_description_is_escaped_and_a_viewer_cannot_post()
    {
        var segment = await NewSegmentAsync("<script>alert('x')</script>");
        using var viewer = new PageClient(host, Roles.Viewer);
        var html = await viewer.GetAsync($"/segments/{segment.No}");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=AddContact", html, StringComparison.Ordinal);

        var page = $"/segments/{segment.No}";
        var (status, _) = await viewer.PostAsync(page, $"{page}?handler=AddContact", ("Version", V(segment.Version)), ("Reuse.ContactNo", "CT000001"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<CampaignFlow.Storage.CampaignFlowDbContext>>().CreateDbContextAsync();
        Assert.False(await db.SegmentLines.AnyAsync(l => l.SegmentNo == segment.No));
    }
}
