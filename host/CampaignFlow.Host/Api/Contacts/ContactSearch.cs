using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Contacts;

/// <summary>The contact list query, shared by the API and the web UI.</summary>
public static class ContactSearch
{
    public static Task<Page<ContactDto>> RunAsync(CampaignFlowDbContext db, ContactQuery query, ApiOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var contacts = db.Contacts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = "%" + EscapeLike(query.Search.Trim()) + "%";
            contacts = contacts.Where(c => EF.Functions.Like(c.No, pattern, "\\") || EF.Functions.Like(c.Name, pattern, "\\")
                || EF.Functions.Like(c.CompanyName!, pattern, "\\") || EF.Functions.Like(c.City!, pattern, "\\"));
        }
        if (query.Type is { } type) contacts = contacts.Where(c => c.Type == type);
        if (!string.IsNullOrWhiteSpace(query.City)) contacts = contacts.Where(c => c.City == query.City);
        if (!string.IsNullOrWhiteSpace(query.CompanyNo)) contacts = contacts.Where(c => c.CompanyNo == query.CompanyNo);
        if (!string.IsNullOrWhiteSpace(query.SalespersonCode)) contacts = contacts.Where(c => c.SalespersonCode == query.SalespersonCode);
        if (!string.IsNullOrWhiteSpace(query.CountryRegionCode)) contacts = contacts.Where(c => c.CountryRegionCode == query.CountryRegionCode);
        return contacts.OrderBy(c => c.No)
            .Select(c => new ContactDto(c.No, c.Name, c.Type, c.CompanyNo, c.CompanyName, c.SalespersonCode, c.TerritoryCode, c.CountryRegionCode,
                c.PostCode, c.City, c.Address, c.LanguageCode, c.Email, c.PhoneNo, c.CorrespondenceType, c.ExcludeFromSegment, c.PrivacyBlocked))
            .ToPageAsync(query.Page, query.PageSize, options, cancellationToken);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
