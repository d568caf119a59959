using CampaignFlow.Campaigns.Lookup;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Api.Pricing;

/// <summary><c>POST /api/prices/lookup</c> (viewer: it only reads): best unit price and line discount with their sources and every campaign offer's eligibility verdict.</summary>
public static class PriceLookupApi
{
    public static RouteGroupBuilder MapPriceLookupApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/prices").WithTags("Campaign pricing");
        group.MapPost("/lookup", async (PriceLookupRequest body, PriceLookupService prices, CancellationToken ct) =>
            Results.Ok(await prices.LookupAsync(ToRequest(body), ct))).RequireAuthorization(Roles.Viewer);
        return group;
    }

    public static PriceRequest ToRequest(PriceLookupRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new PriceRequest(body.CustomerNo, body.ContactNo, body.ItemNo!, body.Quantity!.Value, body.Date!.Value,
            body.UnitOfMeasureCode, body.CurrencyCode, body.CampaignNo);
    }
}
