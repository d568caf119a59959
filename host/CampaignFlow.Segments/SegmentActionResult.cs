using CampaignFlow.Domain.Segments;

namespace CampaignFlow.Segments;

/// <summary>
/// What an action (or an undo) did: its number, how many lines it added or removed, the segment's
/// No. of Lines afterwards and the new <see cref="Version"/> to pass to the next change.
/// </summary>
public sealed record SegmentActionResult(string SegmentNo, int ActionNo, SegmentActionKind Kind, int LinesAffected, int NoOfLines, int Version);
