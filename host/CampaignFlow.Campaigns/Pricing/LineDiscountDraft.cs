using CampaignFlow.Domain.Pricing;

namespace CampaignFlow.Campaigns.Pricing;

/// <summary>
/// A campaign line discount as a user enters it: for an item (Code = item no.) or an item discount group
/// (Code = the group). Blank unit of measure = every unit; blank currency = local currency.
/// </summary>
public sealed record LineDiscountDraft(LineDiscountType Type, string Code, decimal LineDiscountPct, decimal MinimumQuantity = 0, string UnitOfMeasureCode = "", string CurrencyCode = "");
