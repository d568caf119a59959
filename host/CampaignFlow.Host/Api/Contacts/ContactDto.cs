using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Host.Api.Contacts;

public sealed record ContactDto(
    string No, string Name, ContactType Type, string? CompanyNo, string? CompanyName, string? SalespersonCode, string? TerritoryCode,
    string? CountryRegionCode, string? PostCode, string? City, string? Address, string? LanguageCode, string? Email, string? PhoneNo,
    CorrespondenceType CorrespondenceType, bool ExcludeFromSegment, bool PrivacyBlocked)
{
    public static ContactDto From(Contact c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new(c.No, c.Name, c.Type, c.CompanyNo, c.CompanyName, c.SalespersonCode, c.TerritoryCode, c.CountryRegionCode, c.PostCode,
            c.City, c.Address, c.LanguageCode, c.Email, c.PhoneNo, c.CorrespondenceType, c.ExcludeFromSegment, c.PrivacyBlocked);
    }
}
