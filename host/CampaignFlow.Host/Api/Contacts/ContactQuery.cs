using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Host.Api.Contacts;

/// <summary>
/// <c>GET /api/contacts</c> filters: <see cref="Search"/> matches No., name, company name or city
/// (contains, case-insensitive for ASCII on SQLite); the others match exactly.
/// </summary>
public sealed record ContactQuery(
    string? Search, ContactType? Type, string? City, string? CompanyNo, string? SalespersonCode, string? CountryRegionCode, int? Page, int? PageSize);
