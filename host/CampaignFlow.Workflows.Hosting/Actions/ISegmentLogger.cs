using CampaignFlow.Storage;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>
/// Log Segment as the workflow action logSegment needs it (implemented by the segments/interactions service). Write
/// through the given <c>db</c> only (SaveChanges is fine, no transaction of your own): the logged segment, campaign
/// entries, interaction entries, outbox rows and the follow-up segment commit with the workflow transition.
/// </summary>
public interface ISegmentLogger
{
    /// <summary>Logs the segment; with <paramref name="send"/> queues delivery; with <paramref name="followUp"/> creates the follow-up segment.</summary>
    Task LogAsync(CampaignFlowDbContext db, string segmentNo, bool send, bool followUp, CancellationToken cancellationToken);
}
