namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// A host service a plugin may consume: records an outcome (a call reached, not answered, a response) as a new
/// interaction log entry for the contact; a <see cref="CallOutcomeKind.Response"/> marks a campaign response.
/// </summary>
public interface IInteractionOutcomeRecorder
{
    /// <summary>Records an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entry no. of the interaction log entry the host created.</returns>
    Task<int> RecordAsync(InteractionOutcome outcome, CancellationToken cancellationToken);
}
