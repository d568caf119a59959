using CampaignFlow.Campaigns.Campaigns;
using CampaignFlow.Campaigns.Lookup;
using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Pricing;
using static CampaignFlow.Campaigns.Tests.PricingWorld;

namespace CampaignFlow.Campaigns.Tests;

public class PricingBadInputTests
{
    [Fact]
    public async Task Prices_and_discounts_on_a_campaign_without_dates_are_refused()
    {
        await using var world = await CreateAsync();
        var undated = await world.Campaigns.CreateAsync(new CampaignDetails("No dates yet"));
        var halfDated = await world.Campaigns.CreateAsync(new CampaignDetails("Start only", Start));

        var price = await Assert.ThrowsAsync<DomainException>(() => world.Pricing.AddPriceAsync(undated.No, new SalesPriceDraft("MS-2000", 3999m)));
        var discount = await Assert.ThrowsAsync<DomainException>(() => world.Pricing.AddDiscountAsync(halfDated.No, new LineDiscountDraft(LineDiscountType.Item, "MS-RACK", 15m)));

        Assert.Contains("has no Starting Date", price.Message, StringComparison.Ordinal);
        Assert.Contains("has no Ending Date", discount.Message, StringComparison.Ordinal);
        Assert.Empty(await world.Pricing.ListPricesAsync(undated.No));
    }

    [Fact]
    public async Task A_duplicate_definition_is_refused_naming_the_key_fields()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync();

        var price = await Assert.ThrowsAsync<DomainException>(() => world.Pricing.AddPriceAsync(campaignNo, new SalesPriceDraft("MS-2000", 3500m, 1.0m, "PCS")));
        var discount = await Assert.ThrowsAsync<DomainException>(() => world.Pricing.AddDiscountAsync(campaignNo, new LineDiscountDraft(LineDiscountType.Item, "MS-RACK", 20m, 2, "PCS")));

        Assert.Equal("CampaignNo, ItemNo, UnitOfMeasureCode, CurrencyCode, MinimumQuantity", price.Field);
        Assert.Contains("already has a price for item MS-2000", price.Message, StringComparison.Ordinal);
        Assert.Equal("CampaignNo, Type, Code, UnitOfMeasureCode, CurrencyCode, MinimumQuantity", discount.Field);
        Assert.Equal(3999m, Assert.Single(await world.Pricing.ListPricesAsync(campaignNo)).UnitPrice);
        // Another minimum quantity, unit or currency is a different definition.
        await world.Pricing.AddPriceAsync(campaignNo, new SalesPriceDraft("MS-2000", 3900m, 3, "PCS"));
        await world.Pricing.AddPriceAsync(campaignNo, new SalesPriceDraft("MS-2000", 399m, 1, "PCS", "EUR"));
        Assert.Equal(3, (await world.Pricing.ListPricesAsync(campaignNo)).Count);
    }

    [Theory]
    [InlineData("NOPE", 10, 0, "item 'NOPE' does not exist")]
    [InlineData("MS-2000", -1, 0, "must not be negative")]
    [InlineData("MS-2000", 10, -2, "must not be negative")]
    public async Task Bad_price_lines_are_refused_before_anything_is_written(string itemNo, int unitPrice, int minimumQuantity, string expected)
    {
        await using var world = await CreateAsync();
        var campaign = await world.Campaigns.CreateAsync(new CampaignDetails("Dated", Start, End));

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Pricing.AddPriceAsync(campaign.No, new SalesPriceDraft(itemNo, unitPrice, minimumQuantity)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Empty(await world.Pricing.ListPricesAsync(campaign.No));
    }

    [Fact]
    public async Task Bad_discounts_are_refused()
    {
        await using var world = await CreateAsync();
        var campaign = await world.Campaigns.CreateAsync(new CampaignDetails("Dated", Start, End));

        var tooHigh = await Assert.ThrowsAsync<DomainException>(() => world.Pricing.AddDiscountAsync(campaign.No, new LineDiscountDraft(LineDiscountType.Item, "MS-RACK", 120m)));
        var noGroup = await Assert.ThrowsAsync<DomainException>(() => world.Pricing.AddDiscountAsync(campaign.No, new LineDiscountDraft(LineDiscountType.ItemDiscountGroup, "NOGROUP", 5m)));

        Assert.Equal("LineDiscountPct", tooHigh.Field);
        Assert.Contains("no item is in item discount group 'NOGROUP'", noGroup.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clearing_the_dates_of_a_priced_campaign_is_refused()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Campaigns.UpdateAsync(campaignNo, new CampaignDetails("Salon FUTURUS", Start, null)));

        Assert.Equal("EndingDate", error.Field);
        Assert.Contains("1 sales price(s) and 1 line discount(s)", error.Message, StringComparison.Ordinal);
        Assert.Equal(End, (await world.Campaigns.FindAsync(campaignNo))!.EndingDate);
    }

    [Fact]
    public async Task Campaign_edits_check_salesperson_dates_and_version()
    {
        await using var world = await CreateAsync();
        var campaign = await world.Campaigns.CreateAsync(new CampaignDetails("Salon FUTURUS", Start, End, "JO"));
        Assert.Equal("CP0001", campaign.No);
        Assert.Null(campaign.StatusCode);

        var blocked = await Assert.ThrowsAsync<DomainException>(() => world.Campaigns.UpdateAsync(campaign.No, new CampaignDetails("x", Start, End, "BD")));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => world.Campaigns.CreateAsync(new CampaignDetails("x", Start, End, "ZZ")));
        var reversed = await Assert.ThrowsAsync<DomainException>(() => world.Campaigns.UpdateAsync(campaign.No, new CampaignDetails("x", End, Start)));
        var stale = await Assert.ThrowsAsync<DomainException>(() => world.Campaigns.UpdateAsync(campaign.No, new CampaignDetails("x", Start, End), expectedVersion: 7));

        Assert.Contains("blocked", blocked.Message, StringComparison.Ordinal);
        Assert.Contains("'ZZ' does not exist", unknown.Message, StringComparison.Ordinal);
        Assert.Equal("EndingDate", reversed.Field);
        Assert.Equal("Version", stale.Field);
        var updated = await world.Campaigns.UpdateAsync(campaign.No, new CampaignDetails("Salon FUTURUS 2026", Start, End), expectedVersion: campaign.Version);
        Assert.Equal("Salon FUTURUS 2026", updated.Description);
        Assert.Equal("CP0002", (await world.Campaigns.CreateAsync(new CampaignDetails("Next"))).No);
    }

    [Theory]
    [InlineData("NOBODY", null, "MS-2000", 1, "CustomerNo", "customer 'NOBODY' does not exist")]
    [InlineData(null, "CT999", "MS-2000", 1, "ContactNo", "contact 'CT999' does not exist")]
    [InlineData("C10000", null, "NOPE", 1, "ItemNo", "item 'NOPE' does not exist")]
    [InlineData("C10000", null, "MS-2000", 0, "Quantity", "must be greater than 0 (was 0)")]
    [InlineData("C10000", null, "MS-2000", -3, "Quantity", "must be greater than 0 (was -3)")]
    [InlineData(null, null, "MS-2000", 1, "CustomerNo", "give a customer no. or a contact no.")]
    public async Task Bad_lookups_get_specific_errors(string? customerNo, string? contactNo, string itemNo, int quantity, string field, string expected)
    {
        await using var world = await CreateAsync();
        await world.SalonFuturusAsync();

        var error = await Assert.ThrowsAsync<DomainException>(async () => await world.PriceAsync(customerNo, itemNo, quantity, InWindow, contactNo));

        Assert.Equal(field, error.Field);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_campaign_and_unpriced_currency_are_specific_errors()
    {
        await using var world = await CreateAsync();
        await world.SalonFuturusAsync();

        var campaign = await Assert.ThrowsAsync<DomainException>(async () => await world.PriceAsync("C10000", "MS-2000", 1, InWindow, campaignNo: "CP9999"));
        var currency = await Assert.ThrowsAsync<DomainException>(async () =>
            await world.Lookup.LookupAsync(new PriceRequest("C30000", null, "MS-2000", 1, InWindow, CurrencyCode: "USD")));

        Assert.Equal("CampaignNo", campaign.Field);
        Assert.Equal("CurrencyCode", currency.Field);
        Assert.Contains("no campaign price applies for unit 'PCS', currency 'USD'", currency.Message, StringComparison.Ordinal);
    }
}
