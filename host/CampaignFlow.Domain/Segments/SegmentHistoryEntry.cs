using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Domain.Segments;

/// <summary>
/// What one action changed, so Undo can revert it exactly. Inserted lines are one row per action: the range
/// <see cref="LineNo"/>..<see cref="LineNoTo"/> (an action always appends above the last line, and undo is last
/// in, first out, so that range holds exactly its lines when it is undone). A deleted line is one row with
/// its line no. and every field it had (the snapshot below), so it comes back as it was, not refilled.
/// </summary>
public sealed class SegmentHistoryEntry
{
    public long Id { get; set; }
    public string SegmentNo { get; set; } = "";
    public int ActionNo { get; set; }
    public bool Inserted { get; set; }
    public int LineNo { get; set; }
    /// <summary>Inserted rows: the last line no. of the inserted range. Null for a deleted line.</summary>
    public int? LineNoTo { get; set; }
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
