using CampaignFlow.Domain.Segments;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Segments.Tests;

public sealed class FilterSqlTests
{
    [Fact]
    public async Task Set_rules_become_one_uncorrelated_IN_over_the_code_index()
    {
        await using var f = await SegmentFixture.CreateAsync();
        await using var db = f.Store.Open();
        var purchase = SegmentQueries.Matching(db, f.Compiler.Compile(SegmentFixture.Purchase).Predicate).Select(c => c.No).ToQueryString();
        Assert.Contains("\"c\".\"No\" IN (", purchase, StringComparison.Ordinal);
        Assert.Contains("\"JobResponsibilityCode\" = 'PURCHASE'", purchase, StringComparison.Ordinal);
        var prospects = SegmentQueries.Matching(db, f.Compiler.Compile(SegmentFixture.Prospects).Predicate).Select(c => c.No).ToQueryString();
        Assert.Contains("\"c\".\"CompanyNo\" IN (", prospects, StringComparison.Ordinal);
        Assert.DoesNotContain("JOIN", prospects, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Add_preview_counts_with_one_query_shaped_like_the_hand_written_one()
    {
        await using var f = await SegmentFixture.CreateAsync();
        await using var db = f.Store.Open();
        var filter = f.Compiler.Compile(SegmentFixture.Purchase).Predicate;
        var sql = SegmentQueries.AddCandidates(db, "SM0001", filter, SegmentActionOptions.None).Select(c => c.No).ToQueryString();
        // The rule's set test on the code index, the exclusion once, the not-yet-in-segment probe; no join, no CASE.
        Assert.Contains("\"c\".\"No\" IN (", sql, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sql, "ExcludeFromSegment"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(sql, "NOT EXISTS"));
        Assert.DoesNotContain("JOIN", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("CASE", sql, StringComparison.Ordinal);
        // Widened sets still check the exclusion of the contacts they bring in.
        var widened = SegmentQueries.AddCandidates(db, "SM0001", filter, new SegmentActionOptions { ExpandCompanies = true }).Select(c => c.No).ToQueryString();
        Assert.True(System.Text.RegularExpressions.Regex.Matches(widened, "ExcludeFromSegment").Count >= 2, widened);
    }
}
