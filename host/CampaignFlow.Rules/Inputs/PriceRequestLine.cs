namespace CampaignFlow.Rules.Inputs;

/// <summary>The 'line' input of discount eligibility rules: one line of a price request.</summary>
public sealed record PriceRequestLine
{
    public string ItemNo { get; init; } = "";

    public decimal Quantity { get; init; }

    public string? UnitOfMeasureCode { get; init; }

    public string? CurrencyCode { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>The campaign the document names, if any.</summary>
    public string? CampaignNo { get; init; }
}
