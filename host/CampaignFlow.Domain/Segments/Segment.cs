using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Domain.Segments;

/// <summary>
/// A segment header: the defaults every line takes. The rules for how a line is filled from the header,
/// the template and the contact (DOMAIN.md "Segment header/line") live here so every caller agrees.
/// </summary>
public sealed class Segment : IValidatable
{
    private const string Record = nameof(Segment);
    public const int LineNoStep = 10000;

    public string No { get; set; } = "";
    public string Description { get; set; } = "";
    public DateOnly? Date { get; set; }
    public string? SalespersonCode { get; set; }
    public string? CampaignNo { get; set; }
    public bool CampaignTarget { get; set; }
    public bool CampaignResponse { get; set; }
    public string? InteractionTemplateCode { get; set; }
    public string? InteractionGroupCode { get; set; }
    public string? SubjectDefault { get; set; }
    public string? LanguageCodeDefault { get; set; }
    public CorrespondenceType CorrespondenceTypeDefault { get; set; }
    public bool IgnoreContactCorresType { get; set; }
    public decimal UnitCost { get; set; }
    public decimal UnitDurationMin { get; set; }
    public InformationFlow InformationFlow { get; set; }
    public InitiatedBy InitiatedBy { get; set; }
    /// <summary>Optimistic concurrency: two users changing one segment cannot both win.</summary>
    public int Version { get; set; }

    public List<SegmentLine> Lines { get; init; } = [];

    /// <summary>Choosing a template copies its campaign, target, response, cost, duration and correspondence defaults.</summary>
    public void ApplyTemplate(InteractionTemplate? template)
    {
        InteractionTemplateCode = template?.Code;
        InteractionGroupCode = template?.InteractionGroupCode;
        if (template is null) return;
        if (template.CampaignNo is not null) CampaignNo = template.CampaignNo;
        CampaignTarget = template.CampaignTarget;
        CampaignResponse = template.CampaignResponse;
        UnitCost = template.UnitCost;
        UnitDurationMin = template.UnitDurationMin;
        InformationFlow = template.InformationFlow;
        InitiatedBy = template.InitiatedBy;
        CorrespondenceTypeDefault = template.CorrespondenceTypeDefault;
        IgnoreContactCorresType = template.IgnoreContactCorresType;
        LanguageCodeDefault ??= template.LanguageCodeDefault;
    }

    /// <summary>
    /// Fills a line's interaction fields for its contact: header values, salesperson = header's else the
    /// contact's, correspondence type and language chosen as DOMAIN.md says.
    /// </summary>
    public void FillLine(SegmentLine line, Contact contact, InteractionTemplate? template)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(contact);
        line.SegmentNo = No;
        line.ContactNo = contact.No;
        line.ContactCompanyNo = contact.CompanyNo;
        line.CampaignNo = CampaignNo;
        line.CampaignTarget = CampaignTarget;
        line.CampaignResponse = CampaignResponse;
        line.InteractionTemplateCode = InteractionTemplateCode;
        line.InteractionGroupCode = InteractionGroupCode;
        line.CostLcy = UnitCost;
        line.DurationMin = UnitDurationMin;
        line.Date = Date;
        line.Subject = SubjectDefault;
        line.Description = Description;
        line.SalespersonCode = SalespersonCode ?? contact.SalespersonCode;
        line.InformationFlow = InformationFlow;
        line.InitiatedBy = InitiatedBy;
        line.CorrespondenceType = CorrespondenceTypeFor(contact, template);
        line.LanguageCode = LanguageFor(contact, template);
    }

    /// <summary>
    /// Header default if the header ignores the contact's type; else the template default if the template
    /// ignores it or the contact has none; else the contact's own.
    /// </summary>
    public CorrespondenceType CorrespondenceTypeFor(Contact contact, InteractionTemplate? template)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (IgnoreContactCorresType) return CorrespondenceTypeDefault;
        if (template is not null && (template.IgnoreContactCorresType || contact.CorrespondenceType == CorrespondenceType.None))
            return template.CorrespondenceTypeDefault;
        return contact.CorrespondenceType == CorrespondenceType.None ? CorrespondenceTypeDefault : contact.CorrespondenceType;
    }

    /// <summary>The contact's language if the template has content in it, else the default language.</summary>
    public string? LanguageFor(Contact contact, InteractionTemplate? template)
    {
        ArgumentNullException.ThrowIfNull(contact);
        if (template is not null && template.HasContentIn(contact.LanguageCode)) return contact.LanguageCode;
        return LanguageCodeDefault ?? template?.LanguageCodeDefault;
    }

    public int NextLineNo() => (Lines.Count == 0 ? 0 : Lines.Max(l => l.LineNo)) + LineNoStep;

    public void Validate()
    {
        Require.Code(Record, No, nameof(No), No);
        Require.MaxLength(Record, No, nameof(Description), Description, 100);
        Require.OptionalCode(Record, No, nameof(CampaignNo), CampaignNo);
        Require.OptionalCode(Record, No, nameof(SalespersonCode), SalespersonCode);
        Require.OptionalCode(Record, No, nameof(InteractionTemplateCode), InteractionTemplateCode);
        Require.NotNegative(Record, No, nameof(UnitCost), UnitCost);
        Require.NotNegative(Record, No, nameof(UnitDurationMin), UnitDurationMin);
        if ((CampaignTarget || CampaignResponse) && CampaignNo is null)
            throw new DomainException(Record, No, nameof(CampaignNo), "Campaign Target and Campaign Response need a campaign.");
    }

    /// <summary>The checks Log Segment makes on the header before anything is written.</summary>
    public void EnsureCanBeLogged(int lineCount)
    {
        if (string.IsNullOrWhiteSpace(Description))
            throw new DomainException(Record, No, nameof(Description), "a segment must have a description to be logged.");
        if (lineCount == 0)
            throw new DomainException(Record, No, nameof(Lines), "the segment has no lines to log.");
    }
}
