namespace CampaignFlow.Domain.Segments;

public enum SegmentActionKind
{
    Add,
    Reduce,
    Refine,
    /// <summary>A contact added by hand.</summary>
    AddContact,
    /// <summary>A line deleted by hand.</summary>
    RemoveContact,
    /// <summary>Filled from a logged segment's contacts (Reuse Segment).</summary>
    ReuseSegment,
}
