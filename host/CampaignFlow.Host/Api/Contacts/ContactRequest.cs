using System.ComponentModel.DataAnnotations;
using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Host.Api.Contacts;

/// <summary>Create or replace a contact. <see cref="No"/> is optional on create (taken from the CONTACT series).</summary>
public sealed class ContactRequest : IApiRequest
{
    [StringLength(20)] public string? No { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(100, ErrorMessage = "is longer than 100 characters.")] public string? Name { get; init; }
    [Required(ErrorMessage = "is required (Company or Person).")] public ContactType? Type { get; init; }
    [StringLength(20)] public string? CompanyNo { get; init; }
    [StringLength(20)] public string? SalespersonCode { get; init; }
    [StringLength(20)] public string? TerritoryCode { get; init; }
    [StringLength(10)] public string? CountryRegionCode { get; init; }
    [StringLength(20)] public string? PostCode { get; init; }
    [StringLength(30)] public string? City { get; init; }
    [StringLength(100)] public string? Address { get; init; }
    [StringLength(10)] public string? LanguageCode { get; init; }
    [StringLength(80)] public string? Email { get; init; }
    [StringLength(30)] public string? PhoneNo { get; init; }
    public CorrespondenceType? CorrespondenceType { get; init; }
    public bool? ExcludeFromSegment { get; init; }
}
