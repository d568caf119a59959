using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Campaigns.Targeting;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Pricing;

/// <summary>
/// Campaign sales prices and line discounts (read: viewer; change: marketing), activation of the campaign target
/// group (marketing) and the group itself (viewer). An unknown campaign or price id is 404; a campaign without dates,
/// a duplicate definition, a negative quantity or an unknown item is 400 naming the field.
/// </summary>
public static class CampaignPricingApi
{
    public static RouteGroupBuilder MapCampaignPricingApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var campaign = api.MapGroup("/campaigns/{no}").WithTags("Campaign pricing");
        campaign.MapGet("/prices", async (string no, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
            await ExistsAsync(db, no, ct) ? Results.Ok(await pricing.ListPricesAsync(no, ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);
        campaign.MapPost("/prices", async (string no, SalesPriceRequest body, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
        {
            if (!await ExistsAsync(db, no, ct)) return ApiProblems.NotFound("Campaign", no);
            var price = await pricing.AddPriceAsync(no, Draft(body), ct);
            return Results.Created($"/api/campaign-prices/{price.Id}", price);
        }).RequireAuthorization(Roles.Marketing);
        campaign.MapGet("/discounts", async (string no, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
            await ExistsAsync(db, no, ct) ? Results.Ok(await pricing.ListDiscountsAsync(no, ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);
        campaign.MapPost("/discounts", async (string no, LineDiscountRequest body, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
        {
            if (!await ExistsAsync(db, no, ct)) return ApiProblems.NotFound("Campaign", no);
            var discount = await pricing.AddDiscountAsync(no, Draft(body), ct);
            return Results.Created($"/api/campaign-discounts/{discount.Id}", discount);
        }).RequireAuthorization(Roles.Marketing);
        campaign.MapPost("/activate", async (string no, CampaignFlowDbContext db, CampaignActivationService activation, CancellationToken ct) =>
            await ExistsAsync(db, no, ct) ? Results.Ok(await activation.ActivateAsync(no, ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Marketing);
        campaign.MapPost("/deactivate", async (string no, CampaignFlowDbContext db, CampaignActivationService activation, CancellationToken ct) =>
        {
            if (!await ExistsAsync(db, no, ct)) return ApiProblems.NotFound("Campaign", no);
            await activation.DeactivateAsync(no, ct);
            return Results.Ok(new TargetGroupResult(no, 0, 0));
        }).RequireAuthorization(Roles.Marketing);
        campaign.MapGet("/target-group", async (string no, CampaignFlowDbContext db, CampaignActivationService activation, CancellationToken ct) =>
            await ExistsAsync(db, no, ct) ? Results.Ok(await activation.ListTargetGroupAsync(no, ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);

        var prices = api.MapGroup("/campaign-prices").WithTags("Campaign pricing");
        prices.MapPut("/{id:long}", async (long id, SalesPriceRequest body, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
            await db.CampaignSalesPrices.AnyAsync(p => p.Id == id, ct) ? Results.Ok(await pricing.UpdatePriceAsync(id, Draft(body), ct)) : ApiProblems.NotFound("Campaign sales price", id))
            .RequireAuthorization(Roles.Marketing);
        prices.MapDelete("/{id:long}", async (long id, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
        {
            if (!await db.CampaignSalesPrices.AnyAsync(p => p.Id == id, ct)) return ApiProblems.NotFound("Campaign sales price", id);
            await pricing.DeletePriceAsync(id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Roles.Marketing);

        var discounts = api.MapGroup("/campaign-discounts").WithTags("Campaign pricing");
        discounts.MapPut("/{id:long}", async (long id, LineDiscountRequest body, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
            await db.CampaignLineDiscounts.AnyAsync(d => d.Id == id, ct) ? Results.Ok(await pricing.UpdateDiscountAsync(id, Draft(body), ct)) : ApiProblems.NotFound("Campaign line discount", id))
            .RequireAuthorization(Roles.Marketing);
        discounts.MapDelete("/{id:long}", async (long id, CampaignFlowDbContext db, CampaignPricingService pricing, CancellationToken ct) =>
        {
            if (!await db.CampaignLineDiscounts.AnyAsync(d => d.Id == id, ct)) return ApiProblems.NotFound("Campaign line discount", id);
            await pricing.DeleteDiscountAsync(id, ct);
            return Results.NoContent();
        }).RequireAuthorization(Roles.Marketing);
        return campaign;
    }

    /// <summary>True when the campaign exists (the services would answer 400; the API answers 404).</summary>
    public static Task<bool> ExistsAsync(CampaignFlowDbContext db, string no, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Campaigns.AnyAsync(c => c.No == no, ct);
    }

    private static SalesPriceDraft Draft(SalesPriceRequest r) => new(r.ItemNo!, r.UnitPrice, r.MinimumQuantity, r.UnitOfMeasureCode ?? "", r.CurrencyCode ?? "");

    private static LineDiscountDraft Draft(LineDiscountRequest r) => new(r.Type!.Value, r.Code!, r.LineDiscountPct, r.MinimumQuantity, r.UnitOfMeasureCode ?? "", r.CurrencyCode ?? "");
}
