namespace CampaignFlow.Storage.Workflows;

/// <summary>An event (or timer) no transition took: recorded and reported, never dropped.</summary>
public sealed class StoredWorkflowUnhandledEvent
{
    public Guid InstanceId { get; set; }
    public int Seq { get; set; }
    public DateTimeOffset At { get; set; }
    public string State { get; set; } = "";
    public string EventName { get; set; } = "";
    public string? PayloadJson { get; set; }
    public string Reason { get; set; } = "";
}
