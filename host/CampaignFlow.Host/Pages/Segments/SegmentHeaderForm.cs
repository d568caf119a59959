using CampaignFlow.Domain.Contacts;
using CampaignFlow.Host.Api.Segments;
using CampaignFlow.Segments;

namespace CampaignFlow.Host.Pages.Segments;

/// <summary>The header fields the builder edits; the others (date, salesperson, costs …) keep their stored values.</summary>
public sealed class SegmentHeaderForm
{
    public string? Description { get; set; }
    public string? CampaignNo { get; set; }
    public bool CampaignTarget { get; set; }
    public bool CampaignResponse { get; set; }
    public string? TemplateCode { get; set; }
    public string? SubjectDefault { get; set; }
    public string? LanguageCodeDefault { get; set; }
    public CorrespondenceType CorrespondenceTypeDefault { get; set; }
    public bool UpdateLines { get; set; }

    public static SegmentHeaderForm From(SegmentHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return new()
        {
            Description = header.Description, CampaignNo = header.CampaignNo, CampaignTarget = header.CampaignTarget, CampaignResponse = header.CampaignResponse,
            TemplateCode = header.InteractionTemplateCode, SubjectDefault = header.SubjectDefault, LanguageCodeDefault = header.LanguageCodeDefault,
            CorrespondenceTypeDefault = header.CorrespondenceTypeDefault,
        };
    }

    public SegmentHeaderUpdate ApplyTo(SegmentHeaderUpdate current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return current with
        {
            Description = Description?.Trim() ?? "", CampaignNo = Blank(CampaignNo), CampaignTarget = CampaignTarget, CampaignResponse = CampaignResponse,
            SubjectDefault = Blank(SubjectDefault), LanguageCodeDefault = Blank(LanguageCodeDefault), CorrespondenceTypeDefault = CorrespondenceTypeDefault,
        };
    }

    internal static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
