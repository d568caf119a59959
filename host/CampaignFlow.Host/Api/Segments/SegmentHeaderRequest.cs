using System.ComponentModel.DataAnnotations;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Segments;

namespace CampaignFlow.Host.Api.Segments;

/// <summary>
/// Create a segment or replace its header (a PUT: fields left out are cleared). On update, <see cref="Version"/>
/// is the version read (stale → 409) and <see cref="UpdateLines"/> answers BC's "update lines?" question.
/// </summary>
public sealed class SegmentHeaderRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(100, ErrorMessage = "is longer than 100 characters.")] public string? Description { get; init; }
    public DateOnly? Date { get; init; }
    [StringLength(20)] public string? SalespersonCode { get; init; }
    [StringLength(20)] public string? CampaignNo { get; init; }
    public bool CampaignTarget { get; init; }
    public bool CampaignResponse { get; init; }
    [StringLength(100)] public string? SubjectDefault { get; init; }
    [StringLength(10)] public string? LanguageCodeDefault { get; init; }
    public CorrespondenceType CorrespondenceTypeDefault { get; init; }
    public bool IgnoreContactCorresType { get; init; }
    public decimal UnitCost { get; init; }
    public decimal UnitDurationMin { get; init; }
    public InformationFlow InformationFlow { get; init; }
    public InitiatedBy InitiatedBy { get; init; }
    public bool UpdateLines { get; init; }
    public int? Version { get; init; }

    public SegmentHeaderUpdate ToUpdate() => new()
    {
        Description = Description ?? "", Date = Date, SalespersonCode = Blank(SalespersonCode), CampaignNo = Blank(CampaignNo),
        CampaignTarget = CampaignTarget, CampaignResponse = CampaignResponse, SubjectDefault = Blank(SubjectDefault),
        LanguageCodeDefault = Blank(LanguageCodeDefault), CorrespondenceTypeDefault = CorrespondenceTypeDefault,
        IgnoreContactCorresType = IgnoreContactCorresType, UnitCost = UnitCost, UnitDurationMin = UnitDurationMin,
        InformationFlow = InformationFlow, InitiatedBy = InitiatedBy,
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
