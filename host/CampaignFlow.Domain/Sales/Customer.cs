namespace CampaignFlow.Domain.Sales;

/// <summary>A customer, as far as campaign pricing needs one.</summary>
public sealed class Customer : IValidatable
{
    public string No { get; set; } = "";
    public string Name { get; set; } = "";
    public string? CountryRegionCode { get; set; }
    public string? CurrencyCode { get; set; }
    public string? CustomerPriceGroup { get; set; }
    public string? CustomerDiscountGroup { get; set; }

    public void Validate()
    {
        Require.Code(nameof(Customer), No, nameof(No), No);
        Require.Text(nameof(Customer), No, nameof(Name), Name);
    }
}
