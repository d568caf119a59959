namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// A service a phone plugin exports to the host: a salesperson's call list and the way to record a call's outcome.
/// The host finds it among the loaded plugins' exports (it is resolved from the plugin's own container).
/// </summary>
public interface ICallList
{
    /// <summary>Lists the calls a salesperson still has to make, due first.</summary>
    /// <param name="salespersonCode">The salesperson's code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open call tasks, each with its script.</returns>
    Task<IReadOnlyList<PhoneCallTask>> GetCallListAsync(string salespersonCode, CancellationToken cancellationToken);

    /// <summary>Records what came of a call: completes its task and logs the outcome as an interaction.</summary>
    /// <param name="taskNo">The call task's no.</param>
    /// <param name="outcome">What came of the call.</param>
    /// <param name="note">A free-text note, if any.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry no. of the interaction log entry the host created.</returns>
    /// <exception cref="KeyNotFoundException">No call task has that no.</exception>
    Task<int> RecordOutcomeAsync(string taskNo, CallOutcomeKind outcome, string? note, CancellationToken cancellationToken);
}
