namespace CampaignFlow.Domain.Contacts;

/// <summary>What a company's business relation links it to (BC's "Link to Table").</summary>
public enum BusinessRelationLink
{
    None,
    Customer,
    Vendor,
}
