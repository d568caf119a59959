using System.Collections.Concurrent;
using CampaignFlow.Domain.Campaigns;

namespace CampaignFlow.Campaigns.Lookup;

/// <summary>
/// An immutable in-memory picture of everything a price lookup reads, stamped with the <see cref="PricingCacheVersion"/>
/// it was loaded at. Customers and contacts are resolved on first use and kept with the index (dropped with it).
/// </summary>
internal sealed class PriceIndex
{
    public required long Version { get; init; }
    public required DateTimeOffset LoadedAt { get; init; }
    public required Dictionary<string, ItemFacts> Items { get; init; }
    public required Dictionary<string, Campaign> Campaigns { get; init; }
    public required Dictionary<(string Campaign, string Item), PriceLine[]> Prices { get; init; }
    public required Dictionary<(string Campaign, string Item), PriceLine[]> ItemDiscounts { get; init; }
    public required Dictionary<(string Campaign, string Group), PriceLine[]> GroupDiscounts { get; init; }
    public required Dictionary<string, string[]> CampaignsByCustomer { get; init; }
    public required Dictionary<string, string[]> CampaignsByContact { get; init; }
    public ConcurrentDictionary<(string? Customer, string? Contact), PartyFacts> Parties { get; } = new();

    public int PriceLineCount => Prices.Values.Sum(p => p.Length);
}
