namespace CampaignFlow.Domain.Contacts;

/// <summary>
/// A business relation of a company (PROS, CUST, …); its persons inherit it through their Company No.
/// A relation may link the company to a customer (or vendor) number.
/// </summary>
public sealed class ContactBusinessRelation
{
    /// <summary>The company's No.</summary>
    public string ContactNo { get; set; } = "";
    public string BusinessRelationCode { get; set; } = "";
    public BusinessRelationLink LinkToTable { get; set; }
    public string? LinkNo { get; set; }
}
