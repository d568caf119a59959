using CampaignFlow.Storage;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>
/// One interaction to one contact, as the workflow action sendInteraction needs it (implemented by the interactions
/// service). Write the interaction entry and its outbox row through the given <c>db</c> (no transaction of your own);
/// delivery happens after the transition commits.
/// </summary>
public interface IWorkflowInteractionSender
{
    Task SendAsync(CampaignFlowDbContext db, WorkflowInteraction interaction, CancellationToken cancellationToken);
}
