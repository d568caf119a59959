namespace CampaignFlow.Workflows.Runtime;

/// <summary>An event (or timer) that arrived while no transition took it: recorded and reported, never dropped.</summary>
public sealed record WorkflowUnhandledEvent(DateTimeOffset At, string State, string EventName, string? PayloadJson, string Reason);
