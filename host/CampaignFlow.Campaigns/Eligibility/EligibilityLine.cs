namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Rule input <c>line</c>: the order line asked about. <see cref="Amount"/> is Quantity × the item's list price
/// (the line before any campaign offer), so "a minimum order" is <c>line.Amount >= 1000</c>.
/// </summary>
public sealed record EligibilityLine(string ItemNo, string ItemDiscountGroup, decimal Quantity, string UnitOfMeasureCode, string CurrencyCode, decimal ListUnitPrice, decimal Amount, DateOnly Date);
