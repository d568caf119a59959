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
}
