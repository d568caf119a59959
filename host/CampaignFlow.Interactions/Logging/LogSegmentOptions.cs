namespace CampaignFlow.Interactions.Logging;

/// <summary>The Log Segment request page's two check boxes.</summary>
public sealed record LogSegmentOptions
{
    /// <summary>Deliver each line through the channel of its correspondence type (one outbox row per line to send).</summary>
    public bool SendAttachments { get; init; }

    /// <summary>Create a new segment "Follow-up on segment &lt;No.&gt;" with the same campaign and contacts.</summary>
    public bool CreateFollowUpSegment { get; init; }
}
