using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Pricing;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Campaigns.Lookup;

/// <summary>Reads items, campaigns, target groups, prices and discounts in one pass (read-only, untracked).</summary>
internal static class PriceIndexLoader
{
    public static async Task<PriceIndex> LoadAsync(CampaignFlowDbContext db, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var items = await db.Items.AsNoTracking()
            .Select(i => new ItemFacts(i.No, i.UnitPrice, i.BaseUnitOfMeasure, i.ItemDiscountGroup ?? ""))
            .ToDictionaryAsync(i => i.No, StringComparer.Ordinal, cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().ToDictionaryAsync(c => c.No, StringComparer.Ordinal, cancellationToken);
        var targets = await db.CampaignTargetGroups.AsNoTracking().ToListAsync(cancellationToken);
        var prices = await db.CampaignSalesPrices.AsNoTracking().ToListAsync(cancellationToken);
        var discounts = await db.CampaignLineDiscounts.AsNoTracking().ToListAsync(cancellationToken);

        return new PriceIndex
        {
            Version = version,
            LoadedAt = now,
            Items = items,
            Campaigns = campaigns,
            Prices = Group(prices, p => (p.CampaignNo, p.ItemNo),
                p => new PriceLine(p.CampaignNo, p.UnitOfMeasureCode, p.CurrencyCode, p.MinimumQuantity, p.UnitPrice, p.StartingDate, p.EndingDate)),
            ItemDiscounts = Group(discounts.Where(d => d.Type == LineDiscountType.Item), d => (d.CampaignNo, d.Code), ToLine),
            GroupDiscounts = Group(discounts.Where(d => d.Type == LineDiscountType.ItemDiscountGroup), d => (d.CampaignNo, d.Code), ToLine),
            CampaignsByCustomer = ByTarget(targets, CampaignTargetType.Customer),
            CampaignsByContact = ByTarget(targets, CampaignTargetType.Contact),
        };
    }

    private static PriceLine ToLine(CampaignLineDiscount d) =>
        new(d.CampaignNo, d.UnitOfMeasureCode, d.CurrencyCode, d.MinimumQuantity, d.LineDiscountPct, d.StartingDate, d.EndingDate);

    private static Dictionary<(string, string), PriceLine[]> Group<T>(IEnumerable<T> rows, Func<T, (string, string)> key, Func<T, PriceLine> line) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => g.Select(line).OrderBy(l => l.MinimumQuantity).ToArray());

    private static Dictionary<string, string[]> ByTarget(List<CampaignTargetGroup> targets, CampaignTargetType type) =>
        targets.Where(t => t.Type == type).GroupBy(t => t.No, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.CampaignNo).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
}
