namespace CampaignFlow.Campaigns.Lookup;

public enum PriceSourceKind
{
    /// <summary>No discount applies.</summary>
    None,
    /// <summary>The item's list unit price.</summary>
    ListPrice,
    /// <summary>A campaign sales price or line discount.</summary>
    Campaign,
}
