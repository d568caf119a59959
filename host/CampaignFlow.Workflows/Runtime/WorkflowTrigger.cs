namespace CampaignFlow.Workflows.Runtime;

/// <summary>A request to move an instance; kept on incidents so that a retry replays it.</summary>
/// <param name="Kind">Start, event, timer or cancel.</param>
/// <param name="EventName">For events.</param>
/// <param name="PayloadJson">For events: the payload as JSON text (optional).</param>
/// <param name="TimerId">For timers.</param>
/// <param name="Reason">For cancel: why (optional).</param>
public sealed record WorkflowTrigger(WorkflowTriggerKind Kind, string? EventName = null, string? PayloadJson = null, Guid? TimerId = null, string? Reason = null)
{
    /// <summary>Start the instance.</summary>
    public static WorkflowTrigger Start() => new(WorkflowTriggerKind.Start);

    /// <summary>Send an event.</summary>
    public static WorkflowTrigger Event(string name, string? payloadJson = null) => new(WorkflowTriggerKind.Event, name, payloadJson);

    /// <summary>A timer came due.</summary>
    public static WorkflowTrigger Timer(Guid timerId) => new(WorkflowTriggerKind.Timer, TimerId: timerId);

    /// <summary>Cancel the instance.</summary>
    public static WorkflowTrigger Cancel(string? reason = null) => new(WorkflowTriggerKind.Cancel, Reason: reason);

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        WorkflowTriggerKind.Start => "start",
        WorkflowTriggerKind.Event => $"event '{EventName}'",
        WorkflowTriggerKind.Timer => $"timer {TimerId}",
        _ => Reason is null ? "cancel" : $"cancel: {Reason}",
    };
}
