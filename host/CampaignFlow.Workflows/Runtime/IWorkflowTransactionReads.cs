namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// Optional on an <see cref="IWorkflowTransaction"/>: the runtime's reads done on the unit of work's own connection,
/// so a transition is one connection and one transaction (reads, actions, save). A transaction without it is read
/// through the store and the campaign source.
/// </summary>
public interface IWorkflowTransactionReads
{
    Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken);

    ValueTask<WorkflowCampaign?> FindCampaignAsync(string campaignNo, CancellationToken cancellationToken);

    /// <summary>False when the status code was deleted since the workflow was loaded.</summary>
    ValueTask<bool> StatusCodeExistsAsync(string statusCode, CancellationToken cancellationToken);
}
