using System.Text.Json;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Tests.Runtime;

/// <summary>Writes "campaign action args" as a record through the store transaction; can be told to fail.</summary>
internal sealed class RecordingActionHandler(string actionName) : IWorkflowActionHandler
{
    public string ActionName { get; } = actionName;

    /// <summary>When set, the next executions throw this message.</summary>
    public string? FailWith { get; set; }

    public ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        if (FailWith is { } message)
        {
            throw new InvalidOperationException(message);
        }

        var args = string.Join(" ", context.Action.Args.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Text(a.Value)}"));
        ((InMemoryWorkflowStore.Transaction)context.Transaction).Write($"{context.CampaignNo} {context.Today:yyyy-MM-dd} {ActionName} {args}".TrimEnd());
        return ValueTask.CompletedTask;
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
