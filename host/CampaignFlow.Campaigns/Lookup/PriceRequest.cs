namespace CampaignFlow.Campaigns.Lookup;

/// <summary>
/// A price question for one order line. Give a customer no., a contact no., or both. A null unit of measure means
/// the item's base unit; a null/blank currency means the local currency. <see cref="CampaignNo"/> is the campaign
/// the document names (its offers then apply without target group membership, still only inside its window).
/// </summary>
public sealed record PriceRequest(
    string? CustomerNo, string? ContactNo, string ItemNo, decimal Quantity, DateOnly Date,
    string? UnitOfMeasureCode = null, string? CurrencyCode = null, string? CampaignNo = null);
