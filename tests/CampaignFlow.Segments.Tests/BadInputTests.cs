using System.Linq.Expressions;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Segments.Tests;

/// <summary>Every bad input gets a clear error, and the segment stays exactly as it was (header, lines, criteria, history).</summary>
public sealed class BadInputTests
{
    private static async Task<(SegmentFixture F, string No, int Version, string Before)> SegmentAsync()
    {
        var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync(new SegmentHeaderUpdate { Description = "Visitors" });
        var r = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);
        r = await f.Service.ReduceContactsAsync(s.No, r.Version, SegmentFixture.Prospects);
        return (f, s.No, r.Version, await f.SnapshotAsync(s.No));
    }

    [Fact]
    public async Task Unknown_segment()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var error = await Assert.ThrowsAsync<DomainException>(() => f.Service.AddContactsAsync("SM0042", 0, SegmentFixture.Purchase));
        Assert.Equal("Segment 'SM0042': there is no such segment.", error.Message);
        await Assert.ThrowsAsync<DomainException>(() => f.Service.GetAsync("SM0042"));
        await Assert.ThrowsAsync<DomainException>(() => f.Service.CountLinesAsync("SM0042"));
    }

    [Fact]
    public async Task Unknown_contact_and_contact_already_in_the_segment()
    {
        var (f, no, version, before) = await SegmentAsync();
        await using var _ = f;
        var unknown = await Assert.ThrowsAsync<DomainException>(() => f.Service.AddContactAsync(no, version, "CT999"));
        Assert.Equal("Contact 'CT999': there is no such contact.", unknown.Message);
        var twice = await Assert.ThrowsAsync<DomainException>(() => f.Service.AddContactAsync(no, version, "CT201"));
        Assert.Equal($"Segment '{no}', field ContactNo: contact 'CT201' is already in the segment (line 50000).", twice.Message);
        var line = await Assert.ThrowsAsync<DomainException>(() => f.Service.RemoveLineAsync(no, version, 12345));
        Assert.Equal($"Segment line '{no} 12345': there is no such line in the segment.", line.Message);
        Assert.Equal(before, await f.SnapshotAsync(no));
    }

    [Fact]
    public async Task Unknown_rule_set_and_unknown_rule()
    {
        var (f, no, version, before) = await SegmentAsync();
        await using var _ = f;
        var set = await Assert.ThrowsAsync<DomainException>(() => f.Service.AddContactsAsync(no, version, SegmentFilter.Rule("Segments.Nope", "Purchase")));
        Assert.Equal("Segment filter: there is no segment rule set 'Segments.Nope' (known: Segments.Walkthrough).", set.Message);
        var rule = await Assert.ThrowsAsync<DomainException>(() => f.Service.RefineContactsAsync(no, version, SegmentFilter.Rule("Segments.Walkthrough", "Buyers")));
        Assert.Equal("Segment filter: rule set 'Segments.Walkthrough' has no rule 'Buyers' (rules: Purchase, Prospects, Customers).", rule.Message);
        Assert.Equal(before, await f.SnapshotAsync(no));
    }

    [Fact]
    public async Task A_rule_that_fails_to_compile_names_the_column()
    {
        var (f, no, version, before) = await SegmentAsync();
        await using var _ = f;
        var error = await Assert.ThrowsAsync<DomainException>(() => f.Service.ReduceContactsAsync(no, version, SegmentFilter.Inline("contact.JobTitle == \"CEO\"")));
        Assert.StartsWith("Segment filter: expression 'contact.JobTitle == \"CEO\"', column ", error.Message, StringComparison.Ordinal);
        Assert.Contains("JobTitle", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<DomainException>(() => f.Service.PreviewAsync(no, Domain.Segments.SegmentActionKind.Add, SegmentFilter.Inline("contact.Name ==")));
        Assert.Equal(before, await f.SnapshotAsync(no));
    }

    [Fact]
    public async Task A_filter_the_database_cannot_run_is_refused_after_the_claim_and_rolled_back()
    {
        var (f, no, version, before) = await SegmentAsync();
        await using var _ = f;
        Expression<Func<Contact, bool>> untranslatable = c => c.Name.GetHashCode() == 42;
        var filter = new ContactFilter(untranslatable, SegmentFilter.Inline("hash"));
        var error = await Assert.ThrowsAsync<DomainException>(() => f.Service.AddContactsAsync(no, version, filter));
        Assert.StartsWith("Segment filter 'expression 'hash'': cannot run inside the database:", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await f.SnapshotAsync(no)); // the version claim was rolled back too
    }

    [Fact]
    public async Task Undo_with_nothing_to_undo_on_a_new_segment()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var before = await f.SnapshotAsync(s.No);
        var error = await Assert.ThrowsAsync<DomainException>(() => f.Service.UndoAsync(s.No, s.Version));
        Assert.Contains("nothing to undo", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await f.SnapshotAsync(s.No));
    }

    [Fact]
    public async Task Editing_a_logged_segment_names_the_logged_segment()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync(new SegmentHeaderUpdate { Description = "Visitors" });
        // What Log Segment does to the segment: a logged segment, then the segment removed.
        await using (var db = f.Store.Open())
        {
            db.LoggedSegments.Add(new LoggedSegment { SegmentNo = s.No, Description = "Visitors", CreationDate = new DateOnly(2026, 3, 2) });
            await db.SaveChangesAsync();
        }
        await f.Service.DeleteAsync(s.No, s.Version);
        var error = await Assert.ThrowsAsync<DomainException>(() => f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase));
        Assert.Equal("Segment 'SM0001': the segment has been logged as logged segment 1 ('Visitors', 2026-03-02) and can no longer be changed; " +
                     "use Reuse Segment on a new segment to work with its contacts.", error.Message);
        await Assert.ThrowsAsync<DomainException>(() => f.Service.UpdateHeaderAsync(s.No, s.Version, new SegmentHeaderUpdate(), updateLines: true));
        await Assert.ThrowsAsync<DomainException>(() => f.Service.UndoAsync(s.No, s.Version));
    }

    [Fact]
    public async Task Header_with_unknown_campaign_blocked_salesperson_or_target_without_campaign()
    {
        var (f, no, version, before) = await SegmentAsync();
        await using var _ = f;
        var header = SegmentHeaderUpdate.From(await f.Service.GetAsync(no));
        var campaign = await Assert.ThrowsAsync<DomainException>(() => f.Service.UpdateHeaderAsync(no, version, header with { CampaignNo = "CP9999" }, true));
        Assert.Equal($"Segment '{no}', field CampaignNo: there is no campaign 'CP9999'.", campaign.Message);
        var blocked = await Assert.ThrowsAsync<DomainException>(() => f.Service.UpdateHeaderAsync(no, version, header with { SalespersonCode = "OLD" }, true));
        Assert.Equal("Salesperson 'OLD', field Blocked: is blocked and cannot be assigned.", blocked.Message);
        var target = await Assert.ThrowsAsync<DomainException>(() => f.Service.LinkToCampaignAsync(no, version, null, true, false));
        Assert.Equal($"Segment '{no}', field CampaignNo: Campaign Target and Campaign Response need a campaign.", target.Message);
        var template = await Assert.ThrowsAsync<DomainException>(() => f.Service.SetTemplateAsync(no, version, "NOPE"));
        Assert.Equal("InteractionTemplate 'NOPE': there is no such interaction template.", template.Message);
        Assert.Equal(before, await f.SnapshotAsync(no));
    }
}
