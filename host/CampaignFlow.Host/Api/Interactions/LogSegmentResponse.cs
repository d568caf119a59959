using CampaignFlow.Interactions.Logging;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>What Log Segment wrote: the logged segment entry, its counts, the campaign entries per campaign and the follow-up segment.</summary>
public sealed record LogSegmentResponse(
    int LoggedSegmentEntryNo, string SegmentNo, int InteractionCount, int CampaignEntryCount, IReadOnlyDictionary<string, int> CampaignEntryNos,
    int DeliveryCount, string? FollowUpSegmentNo)
{
    public static LogSegmentResponse From(LogSegmentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.LoggedSegmentEntryNo, result.SegmentNo, result.InteractionCount, result.CampaignEntryNos.Count, result.CampaignEntryNos,
            result.DeliveryCount, result.FollowUpSegmentNo);
    }
}
