namespace CampaignFlow.Workflows.Runtime;

/// <summary>The persistence boundary of the runtime (EF Core in the host, in memory in the tests).</summary>
public interface IWorkflowInstanceStore
{
    Task<WorkflowInstance?> FindAsync(Guid instanceId, CancellationToken cancellationToken);

    /// <summary>Every instance of the campaign, any status.</summary>
    Task<IReadOnlyList<WorkflowInstance>> FindByCampaignAsync(string campaignNo, CancellationToken cancellationToken);

    /// <summary>Starts a unit of work; action handlers write through the same one (see <see cref="WorkflowActionContext.Transaction"/>).</summary>
    Task<IWorkflowTransaction> BeginAsync(CancellationToken cancellationToken);
}
