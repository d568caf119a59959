namespace CampaignFlow.Host.ContactsCsv;

/// <summary>The contact CSV's columns, in order; import and export use the same header.</summary>
public static class ContactCsvColumns
{
    public static IReadOnlyList<string> All { get; } =
    [
        "No", "Name", "Type", "CompanyNo", "SalespersonCode", "TerritoryCode", "CountryRegionCode", "PostCode", "City", "Address",
        "LanguageCode", "Email", "PhoneNo", "CorrespondenceType", "ExcludeFromSegment",
    ];

    public static IReadOnlyList<string> Required { get; } = ["No", "Name", "Type"];
}
