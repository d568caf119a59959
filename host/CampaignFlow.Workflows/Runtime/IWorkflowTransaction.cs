namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// One unit of work of the store: the instance snapshot and every record the actions write commit together.
/// Disposing without <see cref="CommitAsync"/> rolls everything back.
/// </summary>
public interface IWorkflowTransaction : IAsyncDisposable
{
    /// <summary>
    /// Inserts (Version 0) or updates the instance where the stored version equals <c>instance.Version</c>;
    /// returns it with Version + 1. A version mismatch throws <see cref="WorkflowConcurrencyException"/>.
    /// </summary>
    Task<WorkflowInstance> SaveAsync(WorkflowInstance instance, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);
}
