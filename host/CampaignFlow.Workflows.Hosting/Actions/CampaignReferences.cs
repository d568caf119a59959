using CampaignFlow.Storage;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>Resolves "$campaign.…" references in action arguments.</summary>
public static class CampaignReferences
{
    public const string TargetSegment = "$campaign.targetSegment";
    public const string FollowUpSegment = "$campaign.followUpSegment";

    /// <summary>
    /// A segment no.: as written, or the campaign's (unlogged) target segment, or its latest follow-up segment
    /// ("Follow-up on segment …", created by logSegment with followUp).
    /// </summary>
    public static async Task<string> SegmentAsync(CampaignFlowDbContext db, WorkflowActionContext context, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(value);
        var campaignNo = context.CampaignNo;
        string? found = value switch
        {
            TargetSegment => (await db.Segments.AsNoTracking().Where(s => s.CampaignNo == campaignNo && s.CampaignTarget)
                .Select(s => s.No).ToListAsync(cancellationToken).ConfigureAwait(false)).Order(StringComparer.Ordinal).LastOrDefault(),
            FollowUpSegment => (await db.Segments.AsNoTracking().Where(s => s.CampaignNo == campaignNo && s.Description.StartsWith("Follow-up on segment"))
                .Select(s => s.No).ToListAsync(cancellationToken).ConfigureAwait(false)).Order(StringComparer.Ordinal).LastOrDefault(),
            _ when value.StartsWith('$') => throw new WorkflowException($"{context.Action.Path}: unknown reference '{value}' (known: {TargetSegment}, {FollowUpSegment})"),
            _ => value,
        };
        return found ?? throw new WorkflowException($"{context.Action.Path}: campaign {campaignNo} has no {(value == TargetSegment ? "target segment (a segment with Campaign Target set)" : "follow-up segment")} for '{value}'");
    }
}
