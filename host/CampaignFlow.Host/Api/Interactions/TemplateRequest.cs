using System.ComponentModel.DataAnnotations;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>Create or replace an interaction template with its contents (one per language).</summary>
public sealed class TemplateRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(20, ErrorMessage = "is longer than 20 characters.")] public string? Code { get; init; }
    [Required(ErrorMessage = "is required."), StringLength(100, ErrorMessage = "is longer than 100 characters.")] public string? Description { get; init; }
    [StringLength(20)] public string? InteractionGroupCode { get; init; }
    [Range(0, 1_000_000, ErrorMessage = "must be between 0 and 1,000,000.")] public decimal? UnitCost { get; init; }
    [Range(0, 1_000_000, ErrorMessage = "must be between 0 and 1,000,000.")] public decimal? UnitDurationMin { get; init; }
    public InformationFlow? InformationFlow { get; init; }
    public InitiatedBy? InitiatedBy { get; init; }
    [StringLength(20)] public string? CampaignNo { get; init; }
    public bool? CampaignTarget { get; init; }
    public bool? CampaignResponse { get; init; }
    public CorrespondenceType? CorrespondenceTypeDefault { get; init; }
    [StringLength(10)] public string? LanguageCodeDefault { get; init; }
    public bool? IgnoreContactCorresType { get; init; }
    public IReadOnlyList<TemplateContentDto>? Contents { get; init; }
}
