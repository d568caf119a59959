using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Security;
using CampaignFlow.Segments;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests;

/// <summary>
/// Campaign prices and discounts, activation, target group and price lookup through the API, on the demo data
/// (CP0001 "Salon FUTURUS": MS-2000 list 4,500 with campaign price 3,999; MS-RACK 15 % from 2). Changes are made on
/// campaigns the tests create, so CP0001 stays as seeded.
/// </summary>
public sealed class PricingApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string UntargetedCustomer = "C000010";

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<string> NewCampaignAsync(bool dated = true)
    {
        using var client = host.Client(Roles.Marketing);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        using var response = await client.PostAsJsonAsync("api/campaigns", dated
            ? new { description = "Pricing test", startingDate = (DateOnly?)today.AddDays(-1), endingDate = (DateOnly?)today.AddMonths(1) }
            : new { description = "Pricing test", startingDate = (DateOnly?)null, endingDate = (DateOnly?)null });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("no").GetString()!;
    }

    private async Task<JsonElement> LookupAsync(object body)
    {
        using var client = host.Client(Roles.Viewer);
        using var response = await client.PostAsJsonAsync("api/prices/lookup", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task An_untargeted_customer_gets_the_list_price_and_naming_CP0001_gives_its_campaign_price_and_discount()
    {
        var list = await LookupAsync(new { customerNo = UntargetedCustomer, itemNo = "MS-2000", quantity = 1, date = Today });
        Assert.Equal(4500m, list.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("ListPrice", list.GetProperty("priceSource").GetProperty("kind").GetString());
        Assert.Equal(0, list.GetProperty("offers").GetArrayLength());

        var named = await LookupAsync(new { customerNo = UntargetedCustomer, itemNo = "MS-2000", quantity = 1, date = Today, campaignNo = "CP0001" });
        Assert.Equal(3999m, named.GetProperty("unitPrice").GetDecimal());
        Assert.Equal("Campaign", named.GetProperty("priceSource").GetProperty("kind").GetString());
        Assert.Equal("CP0001", named.GetProperty("priceSource").GetProperty("campaignNo").GetString());
        var offer = Assert.Single(named.GetProperty("offers").EnumerateArray());
        Assert.True(offer.GetProperty("namedOnRequest").GetBoolean());
        Assert.True(offer.GetProperty("eligibility").GetProperty("allowed").GetBoolean());

        var rack = await LookupAsync(new { customerNo = UntargetedCustomer, itemNo = "MS-RACK", quantity = 2, date = Today, campaignNo = "CP0001" });
        Assert.Equal(15m, rack.GetProperty("lineDiscountPct").GetDecimal());
        Assert.Equal("CP0001", rack.GetProperty("discountSource").GetProperty("campaignNo").GetString());
        var single = await LookupAsync(new { customerNo = UntargetedCustomer, itemNo = "MS-RACK", quantity = 1, date = Today, campaignNo = "CP0001" });
        Assert.Equal(0m, single.GetProperty("lineDiscountPct").GetDecimal());
    }

    [Fact]
    public async Task Prices_and_discounts_are_created_listed_edited_and_deleted()
    {
        var no = await NewCampaignAsync();
        using var client = host.Client(Roles.Marketing);
        using var created = await client.PostAsJsonAsync($"api/campaigns/{no}/prices", new { itemNo = "MS-2000", unitPrice = 3800, minimumQuantity = 5 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        Assert.Equal($"/api/campaign-prices/{id}", created.Headers.Location?.OriginalString);

        using var edited = await client.PutAsJsonAsync($"api/campaign-prices/{id}", new { itemNo = "MS-2000", unitPrice = 3700, minimumQuantity = 5 });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var prices = await client.GetFromJsonAsync<JsonElement>($"api/campaigns/{no}/prices");
        Assert.Equal(3700m, Assert.Single(prices.EnumerateArray()).GetProperty("unitPrice").GetDecimal());

        using var discount = await client.PostAsJsonAsync($"api/campaigns/{no}/discounts", new { type = "ItemDiscountGroup", code = "SERVER", lineDiscountPct = 7.5, minimumQuantity = 3 });
        Assert.Equal(HttpStatusCode.Created, discount.StatusCode);
        var discountId = (await discount.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var discountEdited = await client.PutAsJsonAsync($"api/campaign-discounts/{discountId}", new { type = "ItemDiscountGroup", code = "SERVER", lineDiscountPct = 8, minimumQuantity = 3 });
        Assert.Equal(HttpStatusCode.OK, discountEdited.StatusCode);
        var discounts = await client.GetFromJsonAsync<JsonElement>($"api/campaigns/{no}/discounts");
        Assert.Equal(8m, Assert.Single(discounts.EnumerateArray()).GetProperty("lineDiscountPct").GetDecimal());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"api/campaign-prices/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"api/campaign-discounts/{discountId}")).StatusCode);
        await ProblemAssert.IsProblemAsync(await client.DeleteAsync($"api/campaign-prices/{id}"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PutAsJsonAsync($"api/campaign-discounts/{discountId}", new { type = "Item", code = "MS-2000", lineDiscountPct = 1 }), HttpStatusCode.NotFound);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"api/campaigns/{no}/prices")).GetArrayLength());
    }

    [Fact]
    public async Task Bad_price_definitions_are_400_naming_the_field_and_an_unknown_campaign_is_404()
    {
        var no = await NewCampaignAsync();
        var undated = await NewCampaignAsync(dated: false);
        using var client = host.Client(Roles.Marketing);

        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync($"api/campaigns/{undated}/prices", new { itemNo = "MS-2000", unitPrice = 1 }),
            "CampaignNo", "set both campaign dates");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync($"api/campaigns/{undated}/discounts", new { type = "Item", code = "MS-2000", lineDiscountPct = 5 }),
            "CampaignNo", "set both campaign dates");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync($"api/campaigns/{no}/prices", new { itemNo = "MS-2000", unitPrice = 1, minimumQuantity = -1 }),
            "MinimumQuantity", "0 or more");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync($"api/campaigns/{no}/discounts", new { type = "Item", code = "MS-2000", lineDiscountPct = 5, minimumQuantity = -2 }),
            "MinimumQuantity", "0 or more");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync($"api/campaigns/{no}/prices", new { itemNo = "NO-SUCH-ITEM", unitPrice = 1 }),
            "ItemNo", "does not exist");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync($"api/campaigns/{no}/discounts", new { type = "Item", code = "NO-SUCH-ITEM", lineDiscountPct = 5 }),
            "Code", "does not exist");

        using var first = await client.PostAsJsonAsync($"api/campaigns/{no}/prices", new { itemNo = "MS-RACK", unitPrice = 300, minimumQuantity = 2 });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync($"api/campaigns/{no}/prices", new { itemNo = "MS-RACK", unitPrice = 290, minimumQuantity = 2.0 }),
            "CampaignNo, ItemNo, UnitOfMeasureCode, CurrencyCode, MinimumQuantity", "already has a price");

        await ProblemAssert.IsProblemAsync(await client.PostAsJsonAsync("api/campaigns/CP9999/prices", new { itemNo = "MS-2000", unitPrice = 1 }), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/campaigns/CP9999/discounts"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.PostAsync("api/campaigns/CP9999/activate", null), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("api/campaigns/CP9999/target-group"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_lookups_are_400_naming_the_field()
    {
        using var client = host.Client(Roles.Viewer);
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/prices/lookup", new { customerNo = "NO-SUCH", itemNo = "MS-2000", quantity = 1, date = Today }),
            "CustomerNo", "does not exist");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/prices/lookup", new { contactNo = "NO-SUCH", itemNo = "MS-2000", quantity = 1, date = Today }),
            "ContactNo", "does not exist");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/prices/lookup", new { customerNo = UntargetedCustomer, itemNo = "NO-SUCH", quantity = 1, date = Today }),
            "ItemNo", "does not exist");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/prices/lookup", new { customerNo = UntargetedCustomer, itemNo = "MS-2000", quantity = -3, date = Today }),
            "Quantity", "greater than 0");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/prices/lookup", new { itemNo = "MS-2000", quantity = 1, date = Today }),
            "CustomerNo", "customer no. or a contact no.");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/prices/lookup", new { customerNo = UntargetedCustomer, itemNo = "MS-2000", quantity = 1 }),
            "Date", "required");
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsJsonAsync("api/prices/lookup", new { customerNo = UntargetedCustomer, itemNo = "MS-2000", quantity = 1, date = Today, campaignNo = "CP9999" }),
            "CampaignNo", "does not exist");
    }

    [Fact]
    public async Task Activating_a_campaign_targets_its_customers_who_then_get_its_price_without_naming_it()
    {
        var no = await NewCampaignAsync();
        var factory = host.Services.GetRequiredService<IDbContextFactory<CampaignFlowDbContext>>();
        string company, customer;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var link = await db.ContactBusinessRelations.AsNoTracking()
                .Where(r => r.LinkToTable == BusinessRelationLink.Customer && r.LinkNo != null)
                .OrderByDescending(r => r.LinkNo).Select(r => new { r.ContactNo, r.LinkNo }).FirstAsync();
            (company, customer) = (link.ContactNo, link.LinkNo!);
        }
        Assert.NotEqual(UntargetedCustomer, customer);
        var segments = host.Services.GetRequiredService<SegmentService>();
        var segment = await segments.CreateAsync();
        segment = await segments.LinkToCampaignAsync(segment.No, segment.Version, no, campaignTarget: true, campaignResponse: false);
        await segments.AddContactAsync(segment.No, segment.Version, company);

        using var client = host.Client(Roles.Marketing);
        using var price = await client.PostAsJsonAsync($"api/campaigns/{no}/prices", new { itemNo = "MS-2000", unitPrice = 3500 });
        Assert.Equal(HttpStatusCode.Created, price.StatusCode);
        var before = await LookupAsync(new { customerNo = customer, itemNo = "MS-2000", quantity = 1, date = Today });
        Assert.Equal(4500m, before.GetProperty("unitPrice").GetDecimal());

        using var activated = await client.PostAsync($"api/campaigns/{no}/activate", null);
        Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
        var result = await activated.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, result.GetProperty("customers").GetInt32());
        Assert.True(result.GetProperty("activated").GetBoolean());
        var group = await client.GetFromJsonAsync<JsonElement>($"api/campaigns/{no}/target-group");
        Assert.Equal(customer, Assert.Single(group.EnumerateArray()).GetProperty("no").GetString());

        var targeted = await LookupAsync(new { customerNo = customer, itemNo = "MS-2000", quantity = 1, date = Today });
        Assert.Equal(3500m, targeted.GetProperty("unitPrice").GetDecimal());
        Assert.True(Assert.Single(targeted.GetProperty("offers").EnumerateArray()).GetProperty("targeted").GetBoolean());

        using var deactivated = await client.PostAsync($"api/campaigns/{no}/deactivate", null);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"api/campaigns/{no}/target-group")).GetArrayLength());
        Assert.Equal(4500m, (await LookupAsync(new { customerNo = customer, itemNo = "MS-2000", quantity = 1, date = Today })).GetProperty("unitPrice").GetDecimal());
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsync($"api/campaigns/{no}/deactivate", null), "Activated", "not activated");
    }

    [Fact]
    public async Task Activating_a_campaign_without_targets_is_400()
    {
        var no = await NewCampaignAsync();
        using var client = host.Client(Roles.Marketing);
        await ProblemAssert.HasFieldErrorAsync(await client.PostAsync($"api/campaigns/{no}/activate", null), "TargetGroups", "nothing to activate");
    }
}
