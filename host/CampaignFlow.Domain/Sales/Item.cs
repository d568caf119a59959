namespace CampaignFlow.Domain.Sales;

/// <summary>An item that can be sold, with its list price (the price campaign prices compete with).</summary>
public sealed class Item : IValidatable
{
    public string No { get; set; } = "";
    public string Description { get; set; } = "";
    public decimal UnitPrice { get; set; }
    public string BaseUnitOfMeasure { get; set; } = "PCS";
    public string? ItemDiscountGroup { get; set; }

    public void Validate()
    {
        Require.Code(nameof(Item), No, nameof(No), No);
        Require.Text(nameof(Item), No, nameof(Description), Description);
        Require.NotNegative(nameof(Item), No, nameof(UnitPrice), UnitPrice);
        Require.Code(nameof(Item), No, nameof(BaseUnitOfMeasure), BaseUnitOfMeasure);
    }
}
