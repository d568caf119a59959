namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// A failed step (an action that threw, a condition that could not be evaluated, a timer that could not be armed):
/// the instance stays in its state and the trigger can be retried.
/// </summary>
/// <param name="Id">Unique.</param>
/// <param name="At">When it (last) failed.</param>
/// <param name="State">The instance's state at the time.</param>
/// <param name="Step">The action name, "condition", "timers" or "status code".</param>
/// <param name="Location">JSON path of the failing part of the definition, when there is one.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Trigger">What to replay on retry.</param>
/// <param name="Attempts">How many times it has failed.</param>
/// <param name="ResolvedAt">When it was resolved (null = open).</param>
/// <param name="Resolution">"retried", "superseded by …", "canceled".</param>
public sealed record WorkflowIncident(
    Guid Id,
    DateTimeOffset At,
    string State,
    string Step,
    string? Location,
    string Message,
    WorkflowTrigger Trigger,
    int Attempts = 1,
    DateTimeOffset? ResolvedAt = null,
    string? Resolution = null)
{
    /// <summary>True until resolved.</summary>
    public bool IsOpen => ResolvedAt is null;
}
