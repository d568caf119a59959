using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// A snapshot of one workflow instance (one per campaign and workflow). Immutable: the engine computes the next
/// snapshot, the store saves it with an optimistic <see cref="Version"/> check.
/// </summary>
public sealed record WorkflowInstance
{
    public required Guid Id { get; init; }

    public required string CampaignNo { get; init; }

    public required string WorkflowId { get; init; }

    /// <summary>The definition version the instance started on; it stays on it.</summary>
    public required int WorkflowVersion { get; init; }

    /// <summary>The current state (= the campaign's status code); empty until started.</summary>
    public string State { get; init; } = "";

    public WorkflowInstanceStatus Status { get; init; } = WorkflowInstanceStatus.Created;

    /// <summary>Optimistic concurrency: 0 before the first save; the store increments it on every save.</summary>
    public long Version { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset StateEnteredAt { get; init; }

    /// <summary>Pending timers of the current state.</summary>
    public IReadOnlyList<WorkflowTimer> Timers { get; init; } = [];

    /// <summary>Events the current state waits for (waitForEvent) without a transition.</summary>
    public IReadOnlyList<string> Bookmarks { get; init; } = [];

    public IReadOnlyList<WorkflowHistoryEntry> History { get; init; } = [];

    public IReadOnlyList<WorkflowUnhandledEvent> UnhandledEvents { get; init; } = [];

    public IReadOnlyList<WorkflowIncident> Incidents { get; init; } = [];

    public WorkflowDefinitionKey DefinitionKey => new(WorkflowId, WorkflowVersion);

    /// <summary>The open incident, if any (at most one is open at a time).</summary>
    public WorkflowIncident? OpenIncident => Incidents.LastOrDefault(i => i.IsOpen);

    /// <summary>A new, not yet started instance.</summary>
    public static WorkflowInstance Create(Guid id, string campaignNo, WorkflowDefinitionKey definition, DateTimeOffset now) => new()
    {
        Id = id,
        CampaignNo = campaignNo,
        WorkflowId = definition.Id,
        WorkflowVersion = definition.Version,
        CreatedAt = now,
        StateEnteredAt = now,
    };
}
