namespace CampaignFlow.Campaigns.Pricing;

/// <summary>
/// A campaign sales price as a user enters it. A blank unit of measure applies to every unit; a blank currency is
/// the local currency. The window is not part of it: it is always the campaign's dates.
/// </summary>
public sealed record SalesPriceDraft(string ItemNo, decimal UnitPrice, decimal MinimumQuantity = 0, string UnitOfMeasureCode = "", string CurrencyCode = "");
