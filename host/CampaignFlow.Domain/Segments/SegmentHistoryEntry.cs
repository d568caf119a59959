using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Domain.Segments;

/// <summary>
/// What one action changed, line by line, so Undo can revert it exactly: an inserted line is deleted
/// again, a deleted line is put back with its line no. and every field it had (the snapshot below), so
/// lines edited after they were added come back as they were, not refilled from the header.
/// </summary>
public sealed class SegmentHistoryEntry
{
    public long Id { get; set; }
    public string SegmentNo { get; set; } = "";
    public int ActionNo { get; set; }
    public bool Inserted { get; set; }
    public int LineNo { get; set; }
    public string ContactNo { get; set; } = "";

    // Snapshot of the deleted line (same names as SegmentLine's fields; left at defaults for inserted lines).
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
