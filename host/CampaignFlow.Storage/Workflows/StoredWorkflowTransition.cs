namespace CampaignFlow.Storage.Workflows;

/// <summary>One history entry of an instance: when, from, to, and what caused it.</summary>
public sealed class StoredWorkflowTransition
{
    public Guid InstanceId { get; set; }
    public int Seq { get; set; }
    public DateTimeOffset At { get; set; }
    public string? FromState { get; set; }
    public string ToState { get; set; } = "";
    public string Cause { get; set; } = "";
    /// <summary>Start, Event, Timer or Cancel.</summary>
    public string Kind { get; set; } = "";
}
