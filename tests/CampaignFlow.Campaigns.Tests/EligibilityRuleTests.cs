using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Campaigns.Lookup;
using static CampaignFlow.Campaigns.Tests.PricingWorld;

namespace CampaignFlow.Campaigns.Tests;

/// <summary>Eligibility workflows in RulesEngine JSON, run by CampaignFlow.Rules on every lookup.</summary>
public class EligibilityRuleTests
{
    private static IDiscountEligibility Rules(string rules) =>
        EligibilityRulesLoader.Parse($$"""{ "WorkflowName": "CampaignEligibility", "Rules": [ {{rules}} ] }""", "test-eligibility.json");

    [Fact]
    public async Task A_minimum_order_rule_refuses_small_lines_and_allows_big_ones_naming_the_rule()
    {
        var eligibility = Rules("""
            { "RuleName": "MinimumOrder", "ErrorMessage": "the line amount $(line.Amount) is below 10000.", "Expression": "line.Amount >= 10000" }
            """);
        await using var world = await CreateAsync(eligibility);
        await world.SalonFuturusAsync();

        var small = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);
        var big = await world.PriceAsync("C10000", "MS-2000", 3, InWindow);

        Assert.Equal(4500m, small.UnitPrice);
        Assert.Equal(PriceSource.ListPrice, small.PriceSource);
        var refused = Assert.Single(small.Offers);
        Assert.Equal(3999m, refused.UnitPrice);
        Assert.False(refused.Eligibility.Allowed);
        Assert.Equal("MinimumOrder", refused.Eligibility.RuleName);
        Assert.Contains("refused by rule 'MinimumOrder'", refused.Eligibility.Reason, StringComparison.Ordinal);
        Assert.Contains("4500", refused.Eligibility.Reason, StringComparison.Ordinal);
        Assert.Equal(3999m, big.UnitPrice);
        Assert.True(Assert.Single(big.Offers).Eligibility.Allowed);
        Assert.Equal("MinimumOrder", big.Offers[0].Eligibility.RuleName);
    }

    [Fact]
    public async Task A_rule_on_the_company_relations_and_country_decides_per_customer()
    {
        var eligibility = Rules("""
            { "RuleName": "ProspectTurnedCustomer", "ErrorMessage": "needs PROS and CUST.",
              "Expression": "contact.BusinessRelations.Contains(\"CUST\") && contact.BusinessRelations.Contains(\"PROS\")" },
            { "RuleName": "Nordics", "ErrorMessage": "Nordic customers only.",
              "Expression": "(customer.No != \"\" ? customer.CountryRegionCode : contact.CountryRegionCode) in (\"SE\", \"NO\")" }
            """);
        await using var world = await CreateAsync(eligibility);
        await world.SalonFuturusAsync();

        var customer = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);  // CT100: PROS + CUST, SE
        var prospect = await world.PriceAsync(null, "MS-2000", 1, InWindow, contactNo: "CT201"); // CT200: PROS only

        Assert.Equal(3999m, customer.UnitPrice);
        Assert.Equal(["ProspectTurnedCustomer", "Nordics"], customer.Offers[0].Eligibility.Rules.Select(r => r.RuleName));
        Assert.Equal(4500m, prospect.UnitPrice);
        Assert.Equal("ProspectTurnedCustomer", prospect.Offers[0].Eligibility.RuleName);
        Assert.Contains("needs PROS and CUST.", prospect.Offers[0].Eligibility.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_that_throws_at_run_time_refuses_the_offer_and_reports_the_error()
    {
        var eligibility = Rules("""
            { "RuleName": "Broken", "Expression": "1 / (line.Quantity - line.Quantity) > 0" }
            """);
        await using var world = await CreateAsync(eligibility);
        await world.SalonFuturusAsync();

        var price = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);
        var discount = await world.PriceAsync("C10000", "MS-RACK", 5, InWindow);

        Assert.Equal(4500m, price.UnitPrice);
        Assert.Equal(0m, discount.LineDiscountPct);
        var verdict = price.Offers[0].Eligibility;
        Assert.False(verdict.Allowed);
        Assert.Equal("Broken", verdict.RuleName);
        Assert.Contains("failed at run time", verdict.Reason, StringComparison.Ordinal);
        Assert.NotNull(Assert.Single(verdict.Rules).Exception);
    }

    [Fact]
    public async Task A_rule_that_does_not_compile_never_grants()
    {
        var eligibility = Rules("""{ "RuleName": "Typo", "Expression": "line.Amountt > 0" }""");
        await using var world = await CreateAsync(eligibility);
        await world.SalonFuturusAsync();

        var quote = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);

        Assert.Equal(4500m, quote.UnitPrice);
        Assert.False(quote.Offers[0].Eligibility.Allowed);
        Assert.Equal("Typo", quote.Offers[0].Eligibility.RuleName);
    }

    [Fact]
    public async Task A_code_rule_that_throws_refuses_too()
    {
        var eligibility = new RuleSetEligibility("code", [new EligibilityRule("Throws", _ => throw new InvalidOperationException("boom"))]);
        await using var world = await CreateAsync(eligibility);
        await world.SalonFuturusAsync();

        var quote = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);

        Assert.Equal(4500m, quote.UnitPrice);
        Assert.Contains("InvalidOperationException: boom", quote.Offers[0].Eligibility.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_workflow_loads_and_allows_the_walkthrough_offer()
    {
        var path = Path.Combine(RepositoryRoot(), "rules", "discounts", "campaign-offer-eligibility.json");
        var eligibility = EligibilityRulesLoader.Load(path);
        await using var world = await CreateAsync(eligibility);
        await world.SalonFuturusAsync();

        var quote = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);

        Assert.Equal(3999m, quote.UnitPrice);
        Assert.Equal("CampaignNotCanceled", quote.Offers[0].Eligibility.RuleName);
        Assert.Contains("campaign-offer-eligibility.json", eligibility.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rules_file_means_no_rules_and_a_broken_one_is_a_clear_error()
    {
        var none = EligibilityRulesLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "none.json"));
        Assert.Same(EligibilityVerdict.NoRules, none.Evaluate(null!));

        var error = Assert.ThrowsAny<Exception>(() => EligibilityRulesLoader.Parse("""{ "WorkflowName": "X", "Rules": [ { "RuleName": "A" } ] }""", "bad.json"));
        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CampaignFlow.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("CampaignFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
