using System.Text.Json;
using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>raiseEvent: queues the event; the runtime sends it once the transition has committed.</summary>
public sealed class RaiseEventActionHandler : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.RaiseEvent;

    public ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var eventName = context.Action.GetString("event") ?? throw new WorkflowException($"{context.Action.Path}: raiseEvent needs 'event'");
        var payload = context.Action.Args.TryGetValue("payload", out var value) && value.ValueKind != JsonValueKind.Undefined ? value.GetRawText() : null;
        context.RaiseEvent(eventName, payload, context.Action.GetString("campaign"));
        return ValueTask.CompletedTask;
    }
}
