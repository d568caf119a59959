namespace CampaignFlow.Campaigns.Lookup;

/// <summary>A cached campaign sales price or line discount: value is the unit price or the discount %.</summary>
internal sealed record PriceLine(string CampaignNo, string UnitOfMeasureCode, string CurrencyCode, decimal MinimumQuantity, decimal Value, DateOnly? StartingDate, DateOnly? EndingDate)
{
    public bool Applies(string unitOfMeasure, string currency, decimal quantity, DateOnly date) =>
        MinimumQuantity <= quantity
        && (UnitOfMeasureCode.Length == 0 || string.Equals(UnitOfMeasureCode, unitOfMeasure, StringComparison.Ordinal))
        && string.Equals(CurrencyCode, currency, StringComparison.Ordinal)
        && (StartingDate is null || StartingDate <= date) && (EndingDate is null || date <= EndingDate);
}
