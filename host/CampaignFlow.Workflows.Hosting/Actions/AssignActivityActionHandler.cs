using CampaignFlow.Workflows.DateFormulas;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Activities;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>
/// assignActivity: one task per step (per member/contact), dated from the transition date (or "from" applied to it),
/// written in the transition's transaction. Target: team, salesperson, segment, contact, else the campaign.
/// </summary>
public sealed class AssignActivityActionHandler : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.AssignActivity;

    public async ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var db = context.Db();
        var start = context.Today;
        if (context.Action.GetString("from") is { } from)
        {
            start = DateFormula.Parse(from).Apply(start);
        }

        var action = context.Action;
        var (kind, code) = action.GetString("team") is { } team ? (AssignmentTargetKind.Team, team)
            : action.GetString("segment") is { } segment ? (AssignmentTargetKind.Segment, await CampaignReferences.SegmentAsync(db, context, segment, cancellationToken).ConfigureAwait(false))
            : action.GetString("contact") is { } contact ? (AssignmentTargetKind.Contact, contact)
            : action.GetString("salesperson") is { } salesperson ? (AssignmentTargetKind.Salesperson, salesperson)
            : (AssignmentTargetKind.Campaign, context.CampaignNo);
        var assignment = new ActivityAssignment(context.Required("activity"), kind, code, start, context.CampaignNo, action.GetString("salesperson"));
        try
        {
            await ActivityAssigner.AssignAsync(db, assignment, cancellationToken).ConfigureAwait(false);
        }
        catch (Domain.DomainException ex)
        {
            throw new WorkflowException($"{action.Path}: assignActivity '{assignment.ActivityCode}' to {kind.ToString().ToLowerInvariant()} {code}: {ex.Message}", ex);
        }
    }
}
