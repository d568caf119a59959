using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Pricing;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Campaigns.Pricing;

/// <summary>
/// Campaign sales prices and line discounts. Each takes its window from the campaign (which must have both dates);
/// two definitions with the same item/group, unit of measure, currency and minimum quantity on one campaign are
/// refused. Duplicates are found in memory: decimals are stored as TEXT on SQLite, where "2" and "2.0" differ.
/// </summary>
public sealed class CampaignPricingService(IDbContextFactory<CampaignFlowDbContext> contexts, PricingCacheVersion pricingVersion)
{
    private const string PriceRecord = "Campaign Sales Price";
    private const string DiscountRecord = "Campaign Line Discount";
    private const string PriceKeyFields = "CampaignNo, ItemNo, UnitOfMeasureCode, CurrencyCode, MinimumQuantity";
    private const string DiscountKeyFields = "CampaignNo, Type, Code, UnitOfMeasureCode, CurrencyCode, MinimumQuantity";

    public async Task<IReadOnlyList<CampaignSalesPrice>> ListPricesAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var prices = await db.CampaignSalesPrices.AsNoTracking().Where(p => p.CampaignNo == campaignNo).ToListAsync(cancellationToken);
        return [.. prices.OrderBy(p => p.ItemNo, StringComparer.Ordinal).ThenBy(p => p.MinimumQuantity).ThenBy(p => p.Id)];
    }

    public async Task<IReadOnlyList<CampaignLineDiscount>> ListDiscountsAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var discounts = await db.CampaignLineDiscounts.AsNoTracking().Where(d => d.CampaignNo == campaignNo).ToListAsync(cancellationToken);
        return [.. discounts.OrderBy(d => d.Type).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.MinimumQuantity).ThenBy(d => d.Id)];
    }

    public Task<CampaignSalesPrice> AddPriceAsync(string campaignNo, SalesPriceDraft draft, CancellationToken cancellationToken = default) =>
        SavePriceAsync(campaignNo, null, draft, cancellationToken);

    public async Task<CampaignSalesPrice> UpdatePriceAsync(long id, SalesPriceDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.CampaignSalesPrices.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new DomainException(PriceRecord, id.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(CampaignSalesPrice.Id), "no such campaign sales price.");
        return await SavePriceAsync(existing.CampaignNo, id, draft, cancellationToken);
    }

    public async Task DeletePriceAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CampaignSalesPrices.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new DomainException(PriceRecord, id.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(CampaignSalesPrice.Id), "no such campaign sales price.");
        pricingVersion.Invalidate();
    }

    public Task<CampaignLineDiscount> AddDiscountAsync(string campaignNo, LineDiscountDraft draft, CancellationToken cancellationToken = default) =>
        SaveDiscountAsync(campaignNo, null, draft, cancellationToken);

    public async Task<CampaignLineDiscount> UpdateDiscountAsync(long id, LineDiscountDraft draft, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var existing = await db.CampaignLineDiscounts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
            ?? throw new DomainException(DiscountRecord, id.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(CampaignLineDiscount.Id), "no such campaign line discount.");
        return await SaveDiscountAsync(existing.CampaignNo, id, draft, cancellationToken);
    }

    public async Task DeleteDiscountAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.CampaignLineDiscounts.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new DomainException(DiscountRecord, id.ToString(System.Globalization.CultureInfo.InvariantCulture), nameof(CampaignLineDiscount.Id), "no such campaign line discount.");
        pricingVersion.Invalidate();
    }

    private async Task<CampaignSalesPrice> SavePriceAsync(string campaignNo, long? id, SalesPriceDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var key = $"{campaignNo}/{draft.ItemNo}";
        return await SaveInTransactionAsync(async db =>
        {
            var campaign = await DatedCampaignAsync(db, PriceRecord, key, campaignNo, cancellationToken);
            if (!await db.Items.AnyAsync(i => i.No == draft.ItemNo, cancellationToken))
                throw new DomainException(PriceRecord, key, nameof(CampaignSalesPrice.ItemNo), $"item '{draft.ItemNo}' does not exist.");

            var siblings = await db.CampaignSalesPrices.AsNoTracking()
                .Where(p => p.CampaignNo == campaignNo && p.ItemNo == draft.ItemNo && p.Id != (id ?? 0)).ToListAsync(cancellationToken);
            var unit = Normalize(draft.UnitOfMeasureCode);
            var currency = Normalize(draft.CurrencyCode);
            if (siblings.Any(p => p.UnitOfMeasureCode == unit && p.CurrencyCode == currency && p.MinimumQuantity == draft.MinimumQuantity))
                throw new DomainException(PriceRecord, key, PriceKeyFields,
                    $"campaign {campaignNo} already has a price for item {draft.ItemNo}, unit '{unit}', currency '{currency}', minimum quantity {draft.MinimumQuantity}; edit that one instead.");

            var price = id is { } existing ? await db.CampaignSalesPrices.SingleAsync(p => p.Id == existing, cancellationToken) : new CampaignSalesPrice();
            price.CampaignNo = campaignNo;
            price.ItemNo = draft.ItemNo;
            price.UnitOfMeasureCode = unit;
            price.CurrencyCode = currency;
            price.MinimumQuantity = draft.MinimumQuantity;
            price.UnitPrice = draft.UnitPrice;
            price.StartingDate = campaign.StartingDate;
            price.EndingDate = campaign.EndingDate;
            if (id is null) db.CampaignSalesPrices.Add(price);
            return price;
        }, cancellationToken);
    }

    private async Task<CampaignLineDiscount> SaveDiscountAsync(string campaignNo, long? id, LineDiscountDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var key = $"{campaignNo}/{draft.Code}";
        return await SaveInTransactionAsync(async db =>
        {
            var campaign = await DatedCampaignAsync(db, DiscountRecord, key, campaignNo, cancellationToken);
            if (!Enum.IsDefined(draft.Type))
                throw new DomainException(DiscountRecord, key, nameof(CampaignLineDiscount.Type), $"'{draft.Type}' is not Item or ItemDiscountGroup.");
            if (draft.Type == LineDiscountType.Item && !await db.Items.AnyAsync(i => i.No == draft.Code, cancellationToken))
                throw new DomainException(DiscountRecord, key, nameof(CampaignLineDiscount.Code), $"item '{draft.Code}' does not exist.");
            if (draft.Type == LineDiscountType.ItemDiscountGroup && !await db.Items.AnyAsync(i => i.ItemDiscountGroup == draft.Code, cancellationToken))
                throw new DomainException(DiscountRecord, key, nameof(CampaignLineDiscount.Code), $"no item is in item discount group '{draft.Code}'.");

            var siblings = await db.CampaignLineDiscounts.AsNoTracking()
                .Where(d => d.CampaignNo == campaignNo && d.Type == draft.Type && d.Code == draft.Code && d.Id != (id ?? 0)).ToListAsync(cancellationToken);
            var unit = Normalize(draft.UnitOfMeasureCode);
            var currency = Normalize(draft.CurrencyCode);
            if (siblings.Any(d => d.UnitOfMeasureCode == unit && d.CurrencyCode == currency && d.MinimumQuantity == draft.MinimumQuantity))
                throw new DomainException(DiscountRecord, key, DiscountKeyFields,
                    $"campaign {campaignNo} already has a line discount for {draft.Type} {draft.Code}, unit '{unit}', currency '{currency}', minimum quantity {draft.MinimumQuantity}; edit that one instead.");

            var discount = id is { } existing ? await db.CampaignLineDiscounts.SingleAsync(d => d.Id == existing, cancellationToken) : new CampaignLineDiscount();
            discount.CampaignNo = campaignNo;
            discount.Type = draft.Type;
            discount.Code = draft.Code;
            discount.UnitOfMeasureCode = unit;
            discount.CurrencyCode = currency;
            discount.MinimumQuantity = draft.MinimumQuantity;
            discount.LineDiscountPct = draft.LineDiscountPct;
            discount.StartingDate = campaign.StartingDate;
            discount.EndingDate = campaign.EndingDate;
            if (id is null) db.CampaignLineDiscounts.Add(discount);
            return discount;
        }, cancellationToken);
    }

    /// <summary>Runs a price or discount change in one transaction, saves it and tells lookups that pricing changed.</summary>
    private async Task<T> SaveInTransactionAsync<T>(Func<CampaignFlowDbContext, Task<T>> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await change(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        pricingVersion.Invalidate();
        return saved;
    }

    private static async Task<Campaign> DatedCampaignAsync(CampaignFlowDbContext db, string record, string key, string campaignNo, CancellationToken cancellationToken)
    {
        var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(c => c.No == campaignNo, cancellationToken)
            ?? throw new DomainException(record, key, "CampaignNo", $"campaign '{campaignNo}' does not exist.");
        if (campaign.StartingDate is null || campaign.EndingDate is null)
            throw new DomainException(record, key, "CampaignNo",
                $"campaign {campaignNo} has no {(campaign.StartingDate is null ? "Starting Date" : "Ending Date")}; set both campaign dates first (they are the window of its prices and discounts).");
        return campaign;
    }

    private static string Normalize(string? code) => code?.Trim() ?? "";
}
