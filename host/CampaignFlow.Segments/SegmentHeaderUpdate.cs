using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Segments;

/// <summary>
/// The editable header fields of a segment (everything but No., the template and the computed counts).
/// Used whole, like a PUT: start from <see cref="From"/> and change what you need with <c>with { … }</c>.
/// </summary>
public sealed record SegmentHeaderUpdate
{
    public string Description { get; init; } = "";
    public DateOnly? Date { get; init; }
    public string? SalespersonCode { get; init; }
    public string? CampaignNo { get; init; }
    public bool CampaignTarget { get; init; }
    public bool CampaignResponse { get; init; }
    public string? SubjectDefault { get; init; }
    public string? LanguageCodeDefault { get; init; }
    public CorrespondenceType CorrespondenceTypeDefault { get; init; }
    public bool IgnoreContactCorresType { get; init; }
    public decimal UnitCost { get; init; }
    public decimal UnitDurationMin { get; init; }
    public InformationFlow InformationFlow { get; init; }
    public InitiatedBy InitiatedBy { get; init; }

    public static SegmentHeaderUpdate From(Segment segment)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return new()
        {
            Description = segment.Description,
            Date = segment.Date,
            SalespersonCode = segment.SalespersonCode,
            CampaignNo = segment.CampaignNo,
            CampaignTarget = segment.CampaignTarget,
            CampaignResponse = segment.CampaignResponse,
            SubjectDefault = segment.SubjectDefault,
            LanguageCodeDefault = segment.LanguageCodeDefault,
            CorrespondenceTypeDefault = segment.CorrespondenceTypeDefault,
            IgnoreContactCorresType = segment.IgnoreContactCorresType,
            UnitCost = segment.UnitCost,
            UnitDurationMin = segment.UnitDurationMin,
            InformationFlow = segment.InformationFlow,
            InitiatedBy = segment.InitiatedBy,
        };
    }

    /// <summary>Writes these values on <paramref name="segment"/>; returns the names of the SegmentLine fields that changed.</summary>
    internal IReadOnlyList<string> ApplyTo(Segment segment)
    {
        var changed = new List<string>();
        void Set<T>(T current, T next, Action<T> write, params string[] lineFields)
        {
            if (EqualityComparer<T>.Default.Equals(current, next)) return;
            write(next);
            changed.AddRange(lineFields);
        }
        Set(segment.Description, Description, v => segment.Description = v, nameof(SegmentLine.Description));
        Set(segment.Date, Date, v => segment.Date = v, nameof(SegmentLine.Date));
        Set(segment.SalespersonCode, SalespersonCode, v => segment.SalespersonCode = v, nameof(SegmentLine.SalespersonCode));
        Set(segment.CampaignNo, CampaignNo, v => segment.CampaignNo = v, nameof(SegmentLine.CampaignNo));
        Set(segment.CampaignTarget, CampaignTarget, v => segment.CampaignTarget = v, nameof(SegmentLine.CampaignTarget));
        Set(segment.CampaignResponse, CampaignResponse, v => segment.CampaignResponse = v, nameof(SegmentLine.CampaignResponse));
        Set(segment.SubjectDefault, SubjectDefault, v => segment.SubjectDefault = v, nameof(SegmentLine.Subject));
        Set(segment.LanguageCodeDefault, LanguageCodeDefault, v => segment.LanguageCodeDefault = v, nameof(SegmentLine.LanguageCode));
        Set(segment.CorrespondenceTypeDefault, CorrespondenceTypeDefault, v => segment.CorrespondenceTypeDefault = v, nameof(SegmentLine.CorrespondenceType));
        Set(segment.IgnoreContactCorresType, IgnoreContactCorresType, v => segment.IgnoreContactCorresType = v, nameof(SegmentLine.CorrespondenceType));
        Set(segment.UnitCost, UnitCost, v => segment.UnitCost = v, nameof(SegmentLine.CostLcy));
        Set(segment.UnitDurationMin, UnitDurationMin, v => segment.UnitDurationMin = v, nameof(SegmentLine.DurationMin));
        Set(segment.InformationFlow, InformationFlow, v => segment.InformationFlow = v, nameof(SegmentLine.InformationFlow));
        Set(segment.InitiatedBy, InitiatedBy, v => segment.InitiatedBy = v, nameof(SegmentLine.InitiatedBy));
        return changed.Distinct(StringComparer.Ordinal).ToList();
    }
}
