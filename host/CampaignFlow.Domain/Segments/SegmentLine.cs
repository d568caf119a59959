using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Domain.Segments;

/// <summary>A contact in a segment, with the interaction fields copied from the header when the contact is set.</summary>
public sealed class SegmentLine
{
    public string SegmentNo { get; set; } = "";
    /// <summary>10000, 20000, … (BC's steps).</summary>
    public int LineNo { get; set; }
    public string ContactNo { get; set; } = "";
    public string? ContactCompanyNo { get; set; }
    public string? CampaignNo { get; set; }
    public bool CampaignTarget { get; set; }
    public bool CampaignResponse { get; set; }
    public string? InteractionTemplateCode { get; set; }
    public string? InteractionGroupCode { get; set; }
    public decimal CostLcy { get; set; }
    public decimal DurationMin { get; set; }
    public DateOnly? Date { get; set; }
    public string? Subject { get; set; }
    public string? Description { get; set; }
    public string? SalespersonCode { get; set; }
    public CorrespondenceType CorrespondenceType { get; set; }
    public string? LanguageCode { get; set; }
    public InformationFlow InformationFlow { get; set; }
    public InitiatedBy InitiatedBy { get; set; }
}
