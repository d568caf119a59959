namespace CampaignFlow.Domain.Pricing;

/// <summary>A campaign's special price for an item; valid exactly in the campaign's window.</summary>
public sealed class CampaignSalesPrice : IValidatable
{
    private const string Record = "Campaign Sales Price";

    public long Id { get; set; }
    public string CampaignNo { get; set; } = "";
    public string ItemNo { get; set; } = "";
    public string UnitOfMeasureCode { get; set; } = "";
    public string CurrencyCode { get; set; } = "";
    public decimal MinimumQuantity { get; set; }
    public decimal UnitPrice { get; set; }
    /// <summary>Copied from the campaign; moved when the campaign's dates change.</summary>
    public DateOnly? StartingDate { get; set; }
    public DateOnly? EndingDate { get; set; }

    public void Validate()
    {
        var key = $"{CampaignNo}/{ItemNo}";
        Require.Code(Record, key, nameof(CampaignNo), CampaignNo);
        Require.Code(Record, key, nameof(ItemNo), ItemNo);
        Require.NotNegative(Record, key, nameof(MinimumQuantity), MinimumQuantity);
        Require.NotNegative(Record, key, nameof(UnitPrice), UnitPrice);
        Require.Period(Record, key, StartingDate, EndingDate);
    }
}
