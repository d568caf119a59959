using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Domain.Pricing;

namespace CampaignFlow.Host.Pages.Campaigns;

/// <summary>One campaign sales price or line discount as edited on the prices page (Id is set when it changes a stored one).</summary>
public sealed class PriceForm
{
    public long? Id { get; set; }
    public LineDiscountType Type { get; set; }
    public string? Code { get; set; }
    public string? UnitOfMeasureCode { get; set; }
    public string? CurrencyCode { get; set; }
    public decimal MinimumQuantity { get; set; }
    public decimal Value { get; set; }

    public SalesPriceDraft ToPrice() => new(Code?.Trim() ?? "", Value, MinimumQuantity, UnitOfMeasureCode?.Trim() ?? "", CurrencyCode?.Trim() ?? "");

    public LineDiscountDraft ToDiscount() => new(Type, Code?.Trim() ?? "", Value, MinimumQuantity, UnitOfMeasureCode?.Trim() ?? "", CurrencyCode?.Trim() ?? "");
}
