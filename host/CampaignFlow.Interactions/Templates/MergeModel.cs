using System.Globalization;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Sales;

namespace CampaignFlow.Interactions.Templates;

/// <summary>
/// What a template can use: <c>contact</c>, <c>company</c>, <c>salesperson</c>, <c>campaign</c>, <c>segment</c> and <c>date</c>
/// (see <see cref="Fields"/>). Names are case-sensitive. A known field without a value renders as empty text; an unknown
/// field is an error (refused when the template is saved, a failed delivery if a template reached the store another way).
/// </summary>
public static class MergeModel
{
    /// <summary>Every merge field, as written in a template.</summary>
    public static IReadOnlyList<string> Fields { get; } =
    [
        "contact.no", "contact.name", "contact.type", "contact.email", "contact.phoneNo", "contact.address", "contact.postCode",
        "contact.city", "contact.countryRegionCode", "contact.languageCode", "contact.companyNo", "contact.companyName",
        "company.no", "company.name", "company.address", "company.postCode", "company.city", "company.phoneNo", "company.email",
        "salesperson.code", "salesperson.name", "salesperson.email", "salesperson.phoneNo",
        "campaign.no", "campaign.description", "campaign.startingDate", "campaign.endingDate",
        "segment.no", "segment.description", "segment.subject",
        "date",
    ];

    /// <summary>The model for one interaction; any part may be missing (its fields render empty).</summary>
    public static Dictionary<string, object?> Create(
        Contact contact, Contact? company, Salesperson? salesperson, Campaign? campaign,
        string? segmentNo, string? segmentDescription, string? subject, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new Dictionary<string, object?>(6, StringComparer.Ordinal)
        {
            ["contact"] = new Dictionary<string, object?>(12, StringComparer.Ordinal)
            {
                ["no"] = contact.No,
                ["name"] = contact.Name,
                ["type"] = contact.Type.ToString(),
                ["email"] = contact.Email,
                ["phoneNo"] = contact.PhoneNo,
                ["address"] = contact.Address,
                ["postCode"] = contact.PostCode,
                ["city"] = contact.City,
                ["countryRegionCode"] = contact.CountryRegionCode,
                ["languageCode"] = contact.LanguageCode,
                ["companyNo"] = contact.CompanyNo,
                ["companyName"] = contact.CompanyName,
            },
            ["company"] = new Dictionary<string, object?>(7, StringComparer.Ordinal)
            {
                ["no"] = company?.No,
                ["name"] = company?.Name ?? contact.CompanyName,
                ["address"] = company?.Address,
                ["postCode"] = company?.PostCode,
                ["city"] = company?.City,
                ["phoneNo"] = company?.PhoneNo,
                ["email"] = company?.Email,
            },
            ["salesperson"] = new Dictionary<string, object?>(4, StringComparer.Ordinal)
            {
                ["code"] = salesperson?.Code,
                ["name"] = salesperson?.Name,
                ["email"] = salesperson?.Email,
                ["phoneNo"] = salesperson?.PhoneNo,
            },
            ["campaign"] = new Dictionary<string, object?>(4, StringComparer.Ordinal)
            {
                ["no"] = campaign?.No,
                ["description"] = campaign?.Description,
                ["startingDate"] = Format(campaign?.StartingDate),
                ["endingDate"] = Format(campaign?.EndingDate),
            },
            ["segment"] = new Dictionary<string, object?>(3, StringComparer.Ordinal)
            {
                ["no"] = segmentNo,
                ["description"] = segmentDescription,
                ["subject"] = subject,
            },
            ["date"] = Format(date),
        };
    }

    /// <summary>A model with every field set: templates are checked against it when saved.</summary>
    internal static Dictionary<string, object?> Sample()
    {
        var company = Contact.NewCompany("CT000001", "Sample Company");
        var contact = Contact.NewPerson("CT000002", "Sample Contact", company);
        contact.Email = company.Email = "sample@example.com";
        contact.PhoneNo = company.PhoneNo = "+1 555 0100";
        contact.Address = company.Address = "1 Sample Street";
        contact.PostCode = company.PostCode = "0000";
        contact.City = company.City = "Sample City";
        contact.CountryRegionCode = "GB";
        contact.LanguageCode = "EN";
        var salesperson = new Salesperson { Code = "SP", Name = "Sample Salesperson", Email = "sp@example.com", PhoneNo = "+1 555 0101" };
        var campaign = Campaign.Create("CP0000", "Sample Campaign", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        return Create(contact, company, salesperson, campaign, "SM0000", "Sample Segment", "Sample Subject", new DateOnly(2026, 1, 1));
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
