using Microsoft.Extensions.DependencyInjection;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>logSegment over <see cref="ISegmentLogger"/>; "segment" may be a segment no. or "$campaign.targetSegment".</summary>
public sealed class LogSegmentActionHandler(ISegmentLogger? logger = null) : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.LogSegment;

    public async ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = logger ?? context.Services?.GetService<ISegmentLogger>() ?? throw new WorkflowException($"{context.Action.Path}: action 'logSegment' needs a segment logging service (ISegmentLogger); none is registered");
        var db = context.Db();
        var segmentNo = await CampaignReferences.SegmentAsync(db, context, context.Required("segment"), cancellationToken).ConfigureAwait(false);
        await service.LogAsync(db, segmentNo, context.Action.GetBoolean("send"), context.Action.GetBoolean("followUp"), cancellationToken).ConfigureAwait(false);
    }
}
