using System.Text.Json;
using CampaignFlow.Storage.Workflows;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Store;

/// <summary>Between the runtime's immutable snapshot and the stored rows.</summary>
internal static class WorkflowInstanceMapping
{
    public static WorkflowInstance ToSnapshot(StoredWorkflowInstance row) => new()
    {
        Id = row.Id,
        CampaignNo = row.CampaignNo,
        WorkflowId = row.WorkflowId,
        WorkflowVersion = row.WorkflowVersion,
        State = row.State,
        Status = Enum.Parse<WorkflowInstanceStatus>(row.Status),
        Version = row.Revision,
        CreatedAt = row.CreatedAt,
        StateEnteredAt = row.StateEnteredAt,
        Bookmarks = JsonSerializer.Deserialize<List<string>>(row.BookmarksJson) ?? [],
        Timers = [.. row.Timers.OrderBy(t => t.DueAt.UtcTicks).ThenBy(t => t.TransitionIndex).Select(ToTimer)],
        History = [.. row.History.OrderBy(h => h.Seq).Select(h => new WorkflowHistoryEntry(h.At, h.FromState, h.ToState, h.Cause, Enum.Parse<WorkflowTriggerKind>(h.Kind)))],
        UnhandledEvents = [.. row.UnhandledEvents.OrderBy(u => u.Seq).Select(u => new WorkflowUnhandledEvent(u.At, u.State, u.EventName, u.PayloadJson, u.Reason))],
        Incidents = [.. row.Incidents.OrderBy(i => i.Id).Select(ToIncident)],
    };

    /// <summary>The snapshot in the order a load returns it (timers by due time, incidents by id), for the cache.</summary>
    public static WorkflowInstance AsLoaded(WorkflowInstance instance) => instance with
    {
        Timers = [.. instance.Timers.OrderBy(t => t.DueAt.UtcTicks).ThenBy(t => t.TransitionIndex)],
        Incidents = [.. instance.Incidents.OrderBy(i => i.Id)],
    };

    public static WorkflowTimer ToTimer(StoredWorkflowTimer t) => new(t.Id, t.State, t.TransitionIndex, t.DueDate, t.DueAt, t.Description);

    public static StoredWorkflowTimer ToRow(Guid instanceId, WorkflowTimer t) => new()
    {
        Id = t.Id,
        InstanceId = instanceId,
        State = t.State,
        TransitionIndex = t.TransitionIndex,
        DueDate = t.DueDate,
        DueAt = t.DueAt,
        Description = t.Description,
    };

    public static WorkflowIncident ToIncident(StoredWorkflowIncident i) => new(
        i.Id, i.At, i.State, i.Step, i.Location, i.Message,
        new WorkflowTrigger(Enum.Parse<WorkflowTriggerKind>(i.TriggerKind), i.TriggerEvent, i.TriggerPayloadJson, i.TriggerTimerId, i.TriggerReason),
        i.Attempts, i.ResolvedAt, i.Resolution);

    public static void CopyIncident(Guid instanceId, WorkflowIncident from, StoredWorkflowIncident to)
    {
        to.Id = from.Id;
        to.InstanceId = instanceId;
        to.At = from.At;
        to.State = from.State;
        to.Step = from.Step;
        to.Location = from.Location;
        to.Message = from.Message;
        to.TriggerKind = from.Trigger.Kind.ToString();
        to.TriggerEvent = from.Trigger.EventName;
        to.TriggerPayloadJson = from.Trigger.PayloadJson;
        to.TriggerTimerId = from.Trigger.TimerId;
        to.TriggerReason = from.Trigger.Reason;
        to.Attempts = from.Attempts;
        to.ResolvedAt = from.ResolvedAt;
        to.Resolution = from.Resolution;
    }

    public static StoredWorkflowTransition ToRow(Guid instanceId, int seq, WorkflowHistoryEntry h) => new()
    {
        InstanceId = instanceId,
        Seq = seq,
        At = h.At,
        FromState = h.From,
        ToState = h.To,
        Cause = h.Cause,
        Kind = h.Kind.ToString(),
    };

    public static StoredWorkflowUnhandledEvent ToRow(Guid instanceId, int seq, WorkflowUnhandledEvent u) => new()
    {
        InstanceId = instanceId,
        Seq = seq,
        At = u.At,
        State = u.State,
        EventName = u.EventName,
        PayloadJson = u.PayloadJson,
        Reason = u.Reason,
    };

    public static string Bookmarks(IReadOnlyList<string> bookmarks) => JsonSerializer.Serialize(bookmarks);
}
