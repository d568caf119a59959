using CampaignFlow.Campaigns.Campaigns;
using CampaignFlow.Campaigns.Lookup;
using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Domain.Pricing;
using static CampaignFlow.Campaigns.Tests.PricingWorld;

namespace CampaignFlow.Campaigns.Tests;

/// <summary>Seed 001: the Millennium Server campaign price of "Salon FUTURUS" reaches only its targets, inside its window.</summary>
public class MillenniumServerPriceTests
{
    [Fact]
    public async Task Campaign_price_reaches_a_target_customer_inside_the_window()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync();
        Assert.Equal("CP0001", campaignNo);

        var quote = await world.PriceAsync("C10000", "MS-2000", 1, InWindow);

        Assert.Equal(3999m, quote.UnitPrice);
        Assert.Equal(new PriceSource(PriceSourceKind.Campaign, "CP0001", 1), quote.PriceSource);
        Assert.Equal("C10000", quote.CustomerNo);
        Assert.Equal("PCS", quote.UnitOfMeasureCode);
        var offer = Assert.Single(quote.Offers);
        Assert.True(offer.Targeted);
        Assert.False(offer.NamedOnRequest);
        Assert.True(offer.Eligibility.Allowed);
    }

    [Theory]
    [InlineData(2026, 2, 28, 4500)] // the day before the window
    [InlineData(2026, 3, 1, 3999)]  // first day
    [InlineData(2026, 4, 30, 3999)] // last day
    [InlineData(2026, 5, 1, 4500)]  // the day after
    public async Task Campaign_price_applies_only_inside_the_campaign_window(int year, int month, int day, int expected)
    {
        await using var world = await CreateAsync();
        await world.SalonFuturusAsync();

        var quote = await world.PriceAsync("C10000", "MS-2000", 1, new DateOnly(year, month, day));

        Assert.Equal(expected, quote.UnitPrice);
        Assert.Equal(expected == 4500 ? PriceSourceKind.ListPrice : PriceSourceKind.Campaign, quote.PriceSource.Kind);
    }

    [Fact]
    public async Task A_customer_outside_the_target_group_gets_the_list_price_unless_the_document_names_the_campaign()
    {
        await using var world = await CreateAsync();
        await world.SalonFuturusAsync();

        var plain = await world.PriceAsync("C30000", "MS-2000", 1, InWindow);
        var named = await world.PriceAsync("C30000", "MS-2000", 1, InWindow, campaignNo: "CP0001");
        var namedOutsideWindow = await world.PriceAsync("C30000", "MS-2000", 1, End.AddDays(1), campaignNo: "CP0001");

        Assert.Equal(4500m, plain.UnitPrice);
        Assert.Equal(PriceSource.ListPrice, plain.PriceSource);
        Assert.Empty(plain.Offers);
        Assert.Equal(3999m, named.UnitPrice);
        Assert.True(Assert.Single(named.Offers).NamedOnRequest);
        Assert.Equal(4500m, namedOutsideWindow.UnitPrice);
    }

    [Fact]
    public async Task Contacts_reach_the_price_through_their_company_as_customer_or_contact_target()
    {
        await using var world = await CreateAsync();
        await world.SalonFuturusAsync();

        var personAtCustomer = await world.PriceAsync(null, "MS-2000", 1, InWindow, contactNo: "CT101");
        var prospectPerson = await world.PriceAsync(null, "MS-2000", 1, InWindow, contactNo: "CT201");
        var prospectCompany = await world.PriceAsync(null, "MS-2000", 1, InWindow, contactNo: "CT200");
        var outsider = await world.PriceAsync(null, "MS-2000", 1, InWindow, contactNo: "CT301");

        Assert.Equal(3999m, personAtCustomer.UnitPrice);
        Assert.Equal("C10000", personAtCustomer.CustomerNo); // the company's linked customer
        Assert.Equal(3999m, prospectPerson.UnitPrice);
        Assert.Null(prospectPerson.CustomerNo);
        Assert.Equal(3999m, prospectCompany.UnitPrice);
        Assert.Equal(4500m, outsider.UnitPrice);
    }

    [Fact]
    public async Task Rack_line_discount_of_15_percent_starts_at_quantity_2()
    {
        await using var world = await CreateAsync();
        await world.SalonFuturusAsync();

        var one = await world.PriceAsync("C10000", "MS-RACK", 1, InWindow);
        var two = await world.PriceAsync("C10000", "MS-RACK", 2, InWindow);

        Assert.Equal(350m, one.UnitPrice);
        Assert.Equal(0m, one.LineDiscountPct);
        Assert.Equal(PriceSource.None, one.DiscountSource);
        Assert.Equal(350m, two.UnitPrice);
        Assert.Equal(15m, two.LineDiscountPct);
        Assert.Equal(new PriceSource(PriceSourceKind.Campaign, "CP0001", 2), two.DiscountSource);
        Assert.Equal(595m, two.LineAmount);
    }

    [Fact]
    public async Task Lowest_price_and_highest_discount_win_with_minimum_quantities_respected()
    {
        await using var world = await CreateAsync();
        await world.SalonFuturusAsync();
        var second = await world.Campaigns.CreateAsync(new CampaignDetails("Server bundle", Start, End));
        await world.Pricing.AddPriceAsync(second.No, new SalesPriceDraft("MS-2000", 4100m, 1));
        await world.Pricing.AddPriceAsync(second.No, new SalesPriceDraft("MS-2000", 3800m, 5));
        await world.Pricing.AddDiscountAsync(second.No, new LineDiscountDraft(LineDiscountType.ItemDiscountGroup, "SERVER", 10m, 2));
        await world.Pricing.AddDiscountAsync(second.No, new LineDiscountDraft(LineDiscountType.ItemDiscountGroup, "SERVER", 20m, 10));
        await world.AddTargetLinesAsync(second.No, "CT101");
        await world.Activation.ActivateAsync(second.No);

        var four = await world.PriceAsync("C10000", "MS-2000", 4, InWindow);
        var five = await world.PriceAsync("C10000", "MS-2000", 5, InWindow);
        var rackTwo = await world.PriceAsync("C10000", "MS-RACK", 2, InWindow);
        var rackTen = await world.PriceAsync("C10000", "MS-RACK", 10, InWindow);

        Assert.Equal(3999m, four.UnitPrice);
        Assert.Equal("CP0001", four.PriceSource.CampaignNo);
        Assert.Equal(3800m, five.UnitPrice);
        Assert.Equal(new PriceSource(PriceSourceKind.Campaign, "CP0002", 5), five.PriceSource);
        Assert.Equal(10m, four.LineDiscountPct); // the group discount of CP0002 applies to the server too
        Assert.Equal(15m, rackTwo.LineDiscountPct);
        Assert.Equal("CP0001", rackTwo.DiscountSource.CampaignNo);
        Assert.Equal(20m, rackTen.LineDiscountPct);
        Assert.Equal(new PriceSource(PriceSourceKind.Campaign, "CP0002", 10), rackTen.DiscountSource);
    }

    [Fact]
    public async Task Price_edits_through_the_service_reach_the_cached_lookup_at_once()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync();
        Assert.Equal(3999m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);
        var price = Assert.Single(await world.Pricing.ListPricesAsync(campaignNo));

        await world.Pricing.UpdatePriceAsync(price.Id, new SalesPriceDraft("MS-2000", 3899m, 1, "PCS"));
        Assert.Equal(3899m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);

        await world.Pricing.DeletePriceAsync(price.Id);
        Assert.Equal(4500m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);
    }

    [Fact]
    public async Task Moving_the_campaign_dates_moves_the_price_and_discount_windows()
    {
        await using var world = await CreateAsync();
        var campaignNo = await world.SalonFuturusAsync();
        var may = new DateOnly(2026, 5, 15);
        Assert.Equal(4500m, (await world.PriceAsync("C10000", "MS-2000", 1, may)).UnitPrice);

        await world.Campaigns.UpdateAsync(campaignNo, new CampaignDetails("Salon FUTURUS", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31), "JO"));

        Assert.Equal(3999m, (await world.PriceAsync("C10000", "MS-2000", 1, may)).UnitPrice);
        Assert.Equal(4500m, (await world.PriceAsync("C10000", "MS-2000", 1, InWindow)).UnitPrice);
        var price = Assert.Single(await world.Pricing.ListPricesAsync(campaignNo));
        var discount = Assert.Single(await world.Pricing.ListDiscountsAsync(campaignNo));
        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), (price.StartingDate!.Value, price.EndingDate!.Value));
        Assert.Equal((new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 31)), (discount.StartingDate!.Value, discount.EndingDate!.Value));
    }
}
