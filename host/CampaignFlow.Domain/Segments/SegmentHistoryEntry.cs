namespace CampaignFlow.Domain.Segments;

/// <summary>
/// What one action changed, line by line, so Undo can revert it exactly: an inserted line is deleted
/// again, a deleted line is put back with its line no.
/// </summary>
public sealed class SegmentHistoryEntry
{
    public long Id { get; set; }
    public string SegmentNo { get; set; } = "";
    public int ActionNo { get; set; }
    public bool Inserted { get; set; }
    public int LineNo { get; set; }
    public string ContactNo { get; set; } = "";
}
