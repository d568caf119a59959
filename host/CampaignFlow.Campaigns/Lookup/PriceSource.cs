namespace CampaignFlow.Campaigns.Lookup;

/// <summary>Where a price or discount came from: the item's list price, a campaign's line (with its minimum quantity), or nothing.</summary>
public sealed record PriceSource(PriceSourceKind Kind, string? CampaignNo = null, decimal MinimumQuantity = 0)
{
    public static PriceSource ListPrice { get; } = new(PriceSourceKind.ListPrice);
    public static PriceSource None { get; } = new(PriceSourceKind.None);

    public override string ToString() => Kind switch
    {
        PriceSourceKind.Campaign => $"campaign {CampaignNo} (from quantity {MinimumQuantity})",
        PriceSourceKind.ListPrice => "item list price",
        _ => "none",
    };
}
