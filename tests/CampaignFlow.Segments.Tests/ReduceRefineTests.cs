using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;

namespace CampaignFlow.Segments.Tests;

public sealed class ReduceRefineTests
{
    // Segment: CT400, CT051 (Alpha Corp CT050, no relation), CT100 + CT101 + CT102 + CT103 (Alpha Corp, PROS), CT200 + CT201 (Beta, CUST).
    private static async Task<(SegmentFixture F, string No, int Version)> SegmentAsync()
    {
        var f = await SegmentFixture.CreateAsync();
        var s = await f.Service.CreateAsync();
        var r = await f.Service.AddContactsAsync(s.No, s.Version,
            SegmentFilter.Inline("contact.CompanyNo == \"CT100\" || contact.No == \"CT400\" || contact.No == \"CT051\" || contact.No == \"CT200\" || contact.No == \"CT201\""));
        Assert.Equal(["CT400", "CT051", "CT100", "CT103", "CT101", "CT102", "CT200", "CT201"], await f.ContactsOfAsync(s.No));
        return (f, s.No, r.Version);
    }

    private static readonly SegmentFilter Anna = SegmentFilter.Inline("contact.No == \"CT101\" || contact.No == \"CT201\"");

    [Fact]
    public async Task Reduce_deletes_the_matching_lines()
    {
        var (f, no, version) = await SegmentAsync();
        await using var _ = f;
        var r = await f.Service.ReduceContactsAsync(no, version, SegmentFixture.Prospects);
        Assert.Equal(4, r.LinesAffected);
        Assert.Equal(["CT400", "CT051", "CT200", "CT201"], await f.ContactsOfAsync(no));
    }

    [Fact]
    public async Task Reduce_with_entire_companies_deletes_whole_companies_of_matching_lines()
    {
        var (f, no, version) = await SegmentAsync();
        await using var _ = f;
        await f.Service.ReduceContactsAsync(no, version, Anna, entireCompanies: true);
        Assert.Equal(["CT400", "CT051"], await f.ContactsOfAsync(no));
        Assert.True(Assert.Single(await f.Service.GetCriteriaAsync(no), a => a.Kind == SegmentActionKind.Reduce).EntireCompanies);
    }

    [Fact]
    public async Task Refine_keeps_only_the_matching_lines()
    {
        var (f, no, version) = await SegmentAsync();
        await using var _ = f;
        await f.Service.RefineContactsAsync(no, version, Anna);
        Assert.Equal(["CT101", "CT201"], await f.ContactsOfAsync(no));
    }

    [Fact]
    public async Task Refine_with_entire_companies_keeps_whole_companies_of_matching_lines()
    {
        var (f, no, version) = await SegmentAsync();
        await using var _ = f;
        var r = await f.Service.RefineContactsAsync(no, version, Anna, entireCompanies: true);
        Assert.Equal(["CT100", "CT103", "CT101", "CT102", "CT200", "CT201"], await f.ContactsOfAsync(no));
        Assert.Equal(2, r.LinesAffected);
    }

    [Fact]
    public async Task A_negated_set_rule_keeps_contacts_without_a_company_as_the_rule_says()
    {
        var (f, no, version) = await SegmentAsync();
        await using var _ = f;
        // CT400 has no company, so it has no PROS relation: "not a prospect" holds for it.
        await f.Service.RefineContactsAsync(no, version, SegmentFilter.Inline("!contact.BusinessRelations.Contains(\"PROS\")"));
        Assert.Equal(["CT400", "CT051", "CT200", "CT201"], await f.ContactsOfAsync(no));
        Assert.Equal(2, await f.Service.CountContactsAsync(SegmentFilter.Inline("contact.BusinessRelations.Contains(\"CUST\") && contact.JobResponsibilities.Contains(\"PURCHASE\")")));
    }
}
