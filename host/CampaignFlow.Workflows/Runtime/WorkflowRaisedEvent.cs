namespace CampaignFlow.Workflows.Runtime;

/// <summary>An event raised by an action (raiseEvent); dispatched after the raising transition commits.</summary>
public sealed record WorkflowRaisedEvent(string CampaignNo, string EventName, string? PayloadJson);
