namespace CampaignFlow.Storage.Workflows;

/// <summary>A pending timer of an instance's current state. The row is the truth: a Quartz job whose row is gone does nothing.</summary>
public sealed class StoredWorkflowTimer
{
    public Guid Id { get; set; }
    public Guid InstanceId { get; set; }
    public string State { get; set; } = "";
    public int TransitionIndex { get; set; }
    public DateOnly DueDate { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string Description { get; set; } = "";
}
