namespace CampaignFlow.Campaigns.Lookup;

/// <summary>
/// The answer to a <see cref="PriceRequest"/>: the best (lowest) unit price and the best (highest) line discount,
/// each with its source, the customer/contact the request resolved to, and every campaign offer considered.
/// </summary>
public sealed record PriceQuote(
    string ItemNo, decimal Quantity, string UnitOfMeasureCode, string CurrencyCode, DateOnly Date,
    string? CustomerNo, string? ContactNo,
    decimal UnitPrice, PriceSource PriceSource, decimal LineDiscountPct, PriceSource DiscountSource,
    IReadOnlyList<CampaignOfferDecision> Offers)
{
    /// <summary>Quantity × unit price less the line discount, rounded to 0.01 (away from zero, as BC rounds amounts).</summary>
    public decimal LineAmount => Math.Round(Quantity * UnitPrice * (1 - LineDiscountPct / 100m), 2, MidpointRounding.AwayFromZero);
}
