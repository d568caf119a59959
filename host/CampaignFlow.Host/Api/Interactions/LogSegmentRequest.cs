namespace CampaignFlow.Host.Api.Interactions;

/// <summary>The Log Segment request page's two check boxes (both default to false).</summary>
public sealed class LogSegmentRequest : IApiRequest
{
    public bool? SendAttachments { get; init; }
    public bool? CreateFollowUpSegment { get; init; }
}
