using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Segments.Tests;

public sealed class AddContactsTests
{
    [Fact]
    public async Task Lines_are_sorted_by_company_name_company_no_type_name_and_numbered_after_the_last_line()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var first = await f.Service.AddContactAsync(s.No, s.Version, "CT302");
        var added = await f.Service.AddContactsAsync(s.No, first.Version, SegmentFilter.Inline("contact.CompanyNo == \"CT100\""));

        // The company sorts before its persons (type), persons by name; numbering continues after line 10000.
        Assert.Equal(["CT302", "CT100", "CT103", "CT101", "CT102"], await f.ContactsOfAsync(s.No));
        Assert.Equal([10000, 20000, 30000, 40000, 50000], (await f.Service.GetLinesAsync(s.No)).Select(l => l.LineNo));
        Assert.Equal(4, added.LinesAffected);
        Assert.Equal(5, added.NoOfLines);
    }

    [Fact]
    public async Task Expand_companies_replaces_each_contact_by_its_company_and_all_its_persons()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        await f.Service.AddContactsAsync(s.No, s.Version, SegmentFilter.Inline("contact.No == \"CT201\" || contact.No == \"CT400\""),
            new SegmentActionOptions { ExpandCompanies = true });
        // CT201 → Beta Ltd and both its persons; CT400 has no company and stays itself.
        Assert.Equal(["CT400", "CT200", "CT201", "CT202"], await f.ContactsOfAsync(s.No));
    }

    [Fact]
    public async Task Allow_related_companies_adds_each_contacts_company()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        await f.Service.AddContactsAsync(s.No, s.Version, SegmentFilter.Inline("contact.No == \"CT201\" || contact.No == \"CT101\""),
            new SegmentActionOptions { AllowRelatedCompanies = true });
        Assert.Equal(["CT100", "CT101", "CT200", "CT201"], await f.ContactsOfAsync(s.No));
    }

    [Fact]
    public async Task Excluded_contacts_are_dropped_unless_ignore_exclusion()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var eve = SegmentFilter.Inline("contact.No == \"CT301\"");
        var dropped = await f.Service.AddContactsAsync(s.No, s.Version, eve);
        Assert.Equal(0, dropped.LinesAffected);
        var kept = await f.Service.AddContactsAsync(s.No, dropped.Version, eve, new SegmentActionOptions { IgnoreExclusion = true });
        Assert.Equal(1, kept.LinesAffected);
        Assert.Equal(["CT301"], await f.ContactsOfAsync(s.No));
        Assert.True((await f.Service.GetCriteriaAsync(s.No))[1].IgnoreExclusion);
    }

    [Fact]
    public async Task Contacts_already_in_the_segment_are_skipped_unless_allow_existing_contacts()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var first = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);
        var again = await f.Service.AddContactsAsync(s.No, first.Version, SegmentFixture.Purchase);
        Assert.Equal(0, again.LinesAffected);
        var twice = await f.Service.AddContactsAsync(s.No, again.Version, SegmentFixture.Purchase, new SegmentActionOptions { AllowExistingContacts = true });
        Assert.Equal(6, twice.LinesAffected);
        Assert.Equal(12, twice.NoOfLines);
        Assert.Equal(3, await f.Service.CountCriteriaActionsAsync(s.No));
    }

    [Fact]
    public async Task Preview_counts_what_an_action_would_do_without_doing_it()
    {
        await using var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        Assert.Equal(7, await f.Service.CountContactsAsync(SegmentFixture.Purchase));
        Assert.Equal(6, await f.Service.PreviewAsync(s.No, SegmentActionKind.Add, SegmentFixture.Purchase));
        var before = await f.SnapshotAsync(s.No);
        Assert.Equal(before, await f.SnapshotAsync(s.No));
        var added = await f.Service.AddContactsAsync(s.No, s.Version, SegmentFixture.Purchase);
        Assert.Equal(2, await f.Service.PreviewAsync(s.No, SegmentActionKind.Reduce, SegmentFixture.Prospects));
        Assert.Equal(4, await f.Service.PreviewAsync(s.No, SegmentActionKind.Refine, SegmentFixture.Prospects));
        Assert.Equal(6, await f.Service.CountLinesAsync(s.No));
        Assert.Equal(added.Version, (await f.Service.GetAsync(s.No)).Version);
    }
}
