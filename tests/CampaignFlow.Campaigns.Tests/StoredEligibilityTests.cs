using CampaignFlow.Storage.RuleSets;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Campaigns.Tests;

/// <summary>The price lookup runs the eligibility rule set of the store: an edit applies to the next lookup.</summary>
public sealed class StoredEligibilityTests
{
    private static readonly DateOnly InWindow = new(2026, 3, 10);

    private static string Eligibility(string expression) => $$"""
        { "WorkflowName": "Discounts.CampaignOfferEligibility", "Rules": [
          { "RuleName": "Gate", "ErrorMessage": "not for $(line.ItemNo)", "Expression": {{System.Text.Json.JsonSerializer.Serialize(expression)}} } ] }
        """;

    [Fact]
    public async Task No_stored_rule_set_allows_offers_and_each_saved_version_decides_the_next_lookup()
    {
        await using var world = await PricingWorld.CreateAsync();
        await world.SalonFuturusAsync();
        var store = world.Services.GetRequiredService<RuleSetStore>();

        Assert.Equal(3999m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);

        await store.SaveAsync("Discounts.CampaignOfferEligibility", Eligibility("line.Quantity >= 10 && campaign.StatusCode != \"CANCELED\""), null, "admin");
        var refused = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);
        Assert.Equal(4500m, refused.UnitPrice);
        Assert.Equal("Gate", refused.Offers[0].Eligibility.RuleName);
        Assert.Contains("not for MS-2000", refused.Offers[0].Eligibility.Reason, StringComparison.Ordinal);

        await store.SaveAsync("Discounts.CampaignOfferEligibility", Eligibility("line.Quantity >= 1"), 1, "admin");
        Assert.Equal(3999m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);

        await store.DeleteAsync("Discounts.CampaignOfferEligibility", 2, "admin");
        Assert.Equal(3999m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);
    }

    [Fact]
    public async Task An_eligibility_rule_over_an_unknown_member_is_refused_with_its_position()
    {
        await using var world = await PricingWorld.CreateAsync();
        var store = world.Services.GetRequiredService<RuleSetStore>();

        var error = await Assert.ThrowsAsync<RuleSetInvalidException>(() =>
            store.SaveAsync("Discounts.CampaignOfferEligibility", Eligibility("line.Quantity >= 1 && campaign.Budget > 3"), null, "admin"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("Gate", diagnostic.Rule);
        Assert.NotNull(diagnostic.Column);
        Assert.Null(await store.GetAsync("Discounts.CampaignOfferEligibility"));
    }
}
