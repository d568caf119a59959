namespace CampaignFlow.Domain.Contacts;

/// <summary>An industry group of a company; its persons inherit it through their Company No.</summary>
public sealed class ContactIndustryGroup
{
    /// <summary>The company's No.</summary>
    public string ContactNo { get; set; } = "";
    public string IndustryGroupCode { get; set; } = "";
}
