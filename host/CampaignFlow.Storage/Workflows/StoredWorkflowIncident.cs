namespace CampaignFlow.Storage.Workflows;

/// <summary>A failed step of an instance (open until resolved), with the trigger a retry replays.</summary>
public sealed class StoredWorkflowIncident
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public DateTimeOffset At { get; set; }
    public string State { get; set; } = "";
    public string Step { get; set; } = "";
    public string? Location { get; set; }
    public string Message { get; set; } = "";
    public string TriggerKind { get; set; } = "";
    public string? TriggerEvent { get; set; }
    public string? TriggerPayloadJson { get; set; }
    public Guid? TriggerTimerId { get; set; }
    public string? TriggerReason { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? Resolution { get; set; }
}
