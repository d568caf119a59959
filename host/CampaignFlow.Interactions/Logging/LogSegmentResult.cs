namespace CampaignFlow.Interactions.Logging;

/// <summary>What Log Segment wrote.</summary>
public sealed record LogSegmentResult(
    int LoggedSegmentEntryNo,
    string SegmentNo,
    int InteractionCount,
    IReadOnlyDictionary<string, int> CampaignEntryNos,
    int DeliveryCount,
    string? FollowUpSegmentNo);
