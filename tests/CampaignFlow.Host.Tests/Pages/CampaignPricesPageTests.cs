using System.Globalization;
using System.Net;
using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Domain.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests.Pages;

/// <summary>The campaign prices page over HTTP: marketing adds, changes and deletes prices and line discounts through CampaignPricingService.</summary>
public sealed class CampaignPricesPageTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string Page = "/campaigns/CP0001/prices";
    private CampaignPricingService Pricing => host.Services.GetRequiredService<CampaignPricingService>();

    [Fact]
    public async Task Marketing_adds_changes_and_deletes_a_campaign_price()
    {
        using var client = new PageClient(host, Roles.Marketing);
        var (status, html) = await client.PostAsync(Page, $"{Page}?handler=SavePrice",
            ("Entry.Code", "1996-S"), ("Entry.UnitOfMeasureCode", "PCS"), ("Entry.MinimumQuantity", "2"), ("Entry.Value", "599.5"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Price for 1996-S added: 599.50.", PageClient.TextOf(html, "message"));
        var price = Assert.Single(await Pricing.ListPricesAsync("CP0001"), p => p.ItemNo == "1996-S");
        Assert.Equal(599.5m, price.UnitPrice);
        var id = price.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Contains($"data-price=\"{id}\"", html, StringComparison.Ordinal);

        (_, html) = await client.PostAsync(Page, $"{Page}?handler=SavePrice",
            ("Entry.Id", id), ("Entry.Code", "1996-S"), ("Entry.UnitOfMeasureCode", "PCS"), ("Entry.MinimumQuantity", "2"), ("Entry.Value", "580"));
        Assert.Equal("Price for 1996-S saved: 580.00.", PageClient.TextOf(html, "message"));
        Assert.Equal(580m, Assert.Single(await Pricing.ListPricesAsync("CP0001"), p => p.ItemNo == "1996-S").UnitPrice);

        (_, html) = await client.PostAsync(Page, $"{Page}?handler=DeletePrice&id={id}");
        Assert.Equal("Price deleted.", PageClient.TextOf(html, "message"));
        Assert.DoesNotContain(await Pricing.ListPricesAsync("CP0001"), p => p.ItemNo == "1996-S");
    }

    [Fact]
    public async Task Marketing_adds_and_changes_a_line_discount_for_an_item_discount_group()
    {
        using var client = new PageClient(host, Roles.Marketing);
        var (_, html) = await client.PostAsync(Page, $"{Page}?handler=SaveDiscount", ("Entry.Type", "ItemDiscountGroup"), ("Entry.Code", "OFFICE"), ("Entry.Value", "7.5"));
        Assert.Equal("Line discount for ItemDiscountGroup OFFICE added: 7.5 %.", PageClient.TextOf(html, "message"));
        var discount = Assert.Single(await Pricing.ListDiscountsAsync("CP0001"), d => d.Code == "OFFICE");
        var id = discount.Id.ToString(CultureInfo.InvariantCulture);

        (_, html) = await client.PostAsync(Page, $"{Page}?handler=SaveDiscount", ("Entry.Id", id), ("Entry.Type", "ItemDiscountGroup"), ("Entry.Code", "OFFICE"), ("Entry.Value", "9"));
        Assert.Equal("Line discount for ItemDiscountGroup OFFICE saved: 9 %.", PageClient.TextOf(html, "message"));
        Assert.Equal(9m, Assert.Single(await Pricing.ListDiscountsAsync("CP0001"), d => d.Code == "OFFICE").LineDiscountPct);

        (_, html) = await client.PostAsync(Page, $"{Page}?handler=DeleteDiscount&id={id}");
        Assert.Equal("Line discount deleted.", PageClient.TextOf(html, "message"));
    }

    [Fact]
    public async Task A_duplicate_an_unknown_item_and_a_bad_number_are_shown_naming_the_field_and_keep_the_input()
    {
        using var client = new PageClient(host, Roles.Marketing);
        var before = (await Pricing.ListPricesAsync("CP0001")).Count;

        // The demo already has MS-2000 / PCS / 1 on CP0001.
        var (status, html) = await client.PostAsync(Page, $"{Page}?handler=SavePrice",
            ("Entry.Code", "MS-2000"), ("Entry.UnitOfMeasureCode", "PCS"), ("Entry.MinimumQuantity", "1"), ("Entry.Value", "1"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("already has a price for item MS-2000", PageClient.TextOf(html, "prices-error"), StringComparison.Ordinal);
        Assert.Contains("data-field=\"CampaignNo, ItemNo, UnitOfMeasureCode, CurrencyCode, MinimumQuantity\"", html, StringComparison.Ordinal);

        (_, html) = await client.PostAsync(Page, $"{Page}?handler=SavePrice", ("Entry.Code", "<img src=x onerror=alert(1)>"), ("Entry.Value", "1"));
        Assert.Equal("ItemNo: item '<img src=x onerror=alert(1)>' does not exist.", PageClient.TextOf(html, "prices-error"));
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;img src=x onerror=alert(1)&gt;\"", html, StringComparison.Ordinal);

        (_, html) = await client.PostAsync(Page, $"{Page}?handler=SavePrice", ("Entry.Code", "MS-2000"), ("Entry.Value", "cheap"));
        Assert.Equal("Entry.Value: 'cheap' is not a valid value.", PageClient.TextOf(html, "prices-error"));

        (_, html) = await client.PostAsync(Page, $"{Page}?handler=DeletePrice&id=999999");
        Assert.Equal("Id: no such campaign sales price.", PageClient.TextOf(html, "prices-error"));
        Assert.Equal(before, (await Pricing.ListPricesAsync("CP0001")).Count);
    }

    [Fact]
    public async Task A_viewer_reads_the_prices_without_forms_and_cannot_post()
    {
        using var viewer = new PageClient(host, Roles.Viewer);
        var html = await viewer.GetAsync(Page);
        Assert.Contains("MS-2000", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Add price", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=DeletePrice", html, StringComparison.Ordinal);

        var (status, _) = await viewer.PostAsync(Page, $"{Page}?handler=SavePrice", ("Entry.Code", "1996-S"), ("Entry.Value", "1"));
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain(await Pricing.ListPricesAsync("CP0001"), p => p.ItemNo == "1996-S" && p.UnitPrice == 1m);

        using var http = host.Client(Roles.Viewer);
        using var unknown = await http.GetAsync("/campaigns/NOPE/prices");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
