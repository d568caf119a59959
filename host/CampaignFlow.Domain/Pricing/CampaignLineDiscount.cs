namespace CampaignFlow.Domain.Pricing;

/// <summary>A campaign's line discount for an item or an item discount group; valid in the campaign's window.</summary>
public sealed class CampaignLineDiscount : IValidatable
{
    private const string Record = "Campaign Line Discount";

    public long Id { get; set; }
    public string CampaignNo { get; set; } = "";
    public LineDiscountType Type { get; set; }
    public string Code { get; set; } = "";
    public string UnitOfMeasureCode { get; set; } = "";
    public string CurrencyCode { get; set; } = "";
    public decimal MinimumQuantity { get; set; }
    public decimal LineDiscountPct { get; set; }
    public DateOnly? StartingDate { get; set; }
    public DateOnly? EndingDate { get; set; }

    public void Validate()
    {
        var key = $"{CampaignNo}/{Code}";
        Require.Code(Record, key, nameof(CampaignNo), CampaignNo);
        Require.Code(Record, key, nameof(Code), Code);
        Require.NotNegative(Record, key, nameof(MinimumQuantity), MinimumQuantity);
        if (LineDiscountPct is < 0 or > 100)
            throw new DomainException(Record, key, nameof(LineDiscountPct), $"must be between 0 and 100 (was {LineDiscountPct}).");
        Require.Period(Record, key, StartingDate, EndingDate);
    }
}
