namespace CampaignFlow.Storage.Workflows;

/// <summary>A workflow instance row: one per campaign and workflow version; its children are the snapshot's lists.</summary>
public sealed class StoredWorkflowInstance
{
    public Guid Id { get; set; }
    public string CampaignNo { get; set; } = "";
    public string WorkflowId { get; set; } = "";
    public int WorkflowVersion { get; set; }
    public string State { get; set; } = "";
    /// <summary>Created, Running, Completed or Canceled.</summary>
    public string Status { get; set; } = "";
    /// <summary>Optimistic concurrency: checked and incremented by every save (the snapshot's Version).</summary>
    public long Revision { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset StateEnteredAt { get; set; }
    /// <summary>Events the current state waits for, as a JSON array of names.</summary>
    public string BookmarksJson { get; set; } = "[]";
    /// <summary>How many history rows exist (history is append-only; new rows take the next sequence numbers).</summary>
    public int HistoryCount { get; set; }
    /// <summary>How many unhandled-event rows exist (append-only too).</summary>
    public int UnhandledCount { get; set; }

    public List<StoredWorkflowTransition> History { get; init; } = [];
    public List<StoredWorkflowTimer> Timers { get; init; } = [];
    public List<StoredWorkflowIncident> Incidents { get; init; } = [];
    public List<StoredWorkflowUnhandledEvent> UnhandledEvents { get; init; } = [];
}
