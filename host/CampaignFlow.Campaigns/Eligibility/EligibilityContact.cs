namespace CampaignFlow.Campaigns.Eligibility;

/// <summary>
/// Rule input <c>contact</c>: the request's contact, or the company contact linked to the request's customer.
/// <see cref="BusinessRelations"/> and <see cref="IndustryGroups"/> are the company's codes (a person inherits them).
/// Never null: <see cref="No"/> is "" when the request reaches no contact.
/// </summary>
public sealed record EligibilityContact(
    string No, string Name, string Type, string CompanyNo, string CompanyName, string CountryRegionCode, string PostCode, string City,
    string SalespersonCode, string TerritoryCode, IReadOnlyList<string> BusinessRelations, IReadOnlyList<string> IndustryGroups)
{
    public static EligibilityContact None { get; } = new("", "", "", "", "", "", "", "", "", "", [], []);
}
