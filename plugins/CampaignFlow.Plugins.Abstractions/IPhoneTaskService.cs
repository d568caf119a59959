namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// A host service a plugin may consume: the salespeople's phone-call tasks, kept in the host's store.
/// Resolve it from the plugin's container (inject it in a constructor); it is absent when the host offers no tasks.
/// </summary>
public interface IPhoneTaskService
{
    /// <summary>Creates a phone-call task, or returns the existing one when a task for <see cref="PhoneCallTaskRequest.DeliveryId"/> exists (idempotent).</summary>
    /// <param name="request">The task to create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created or existing task.</returns>
    Task<PhoneCallTask> CreateCallTaskAsync(PhoneCallTaskRequest request, CancellationToken cancellationToken);

    /// <summary>Lists the open (not completed) call tasks of a salesperson, due first.</summary>
    /// <param name="salespersonCode">The salesperson's code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open tasks, ordered by date then task no.</returns>
    Task<IReadOnlyList<PhoneCallTask>> GetOpenCallTasksAsync(string salespersonCode, CancellationToken cancellationToken);

    /// <summary>Finds a call task by its no.</summary>
    /// <param name="taskNo">The task no.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The task, or <see langword="null"/> when there is none with that no.</returns>
    Task<PhoneCallTask?> FindCallTaskAsync(string taskNo, CancellationToken cancellationToken);

    /// <summary>Marks a call task completed (idempotent).</summary>
    /// <param name="taskNo">The task no.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the change is stored.</returns>
    Task CompleteCallTaskAsync(string taskNo, CancellationToken cancellationToken);
}
