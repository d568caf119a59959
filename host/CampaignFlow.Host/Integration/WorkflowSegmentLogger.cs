using CampaignFlow.Interactions.Logging;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting.Actions;

namespace CampaignFlow.Host.Integration;

/// <summary>The workflow action logSegment: Log Segment inside the transition's transaction, so both commit or neither.</summary>
public sealed class WorkflowSegmentLogger(LogSegmentService logSegments) : ISegmentLogger
{
    public Task LogAsync(CampaignFlowDbContext db, string segmentNo, bool send, bool followUp, CancellationToken cancellationToken) =>
        logSegments.LogInAsync(db, segmentNo, new LogSegmentOptions { SendAttachments = send, CreateFollowUpSegment = followUp }, "workflow", null, cancellationToken);
}
