namespace CampaignFlow.Campaigns.Lookup;

internal sealed record ItemFacts(string No, decimal UnitPrice, string BaseUnitOfMeasure, string ItemDiscountGroup);
