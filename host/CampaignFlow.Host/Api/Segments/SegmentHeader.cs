using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>A segment's header with its computed counts; <see cref="Version"/> is what the next change must send.</summary>
public sealed record SegmentHeader(
    string No, string Description, DateOnly? Date, string? SalespersonCode, string? CampaignNo, bool CampaignTarget, bool CampaignResponse,
    string? InteractionTemplateCode, string? InteractionGroupCode, string? SubjectDefault, string? LanguageCodeDefault,
    CorrespondenceType CorrespondenceTypeDefault, bool IgnoreContactCorresType, decimal UnitCost, decimal UnitDurationMin,
    InformationFlow InformationFlow, InitiatedBy InitiatedBy, int NoOfLines, int NoOfCriteriaActions, int Version);
