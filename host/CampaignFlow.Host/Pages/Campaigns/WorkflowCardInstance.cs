using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Host.Pages.Campaigns;

/// <summary>One instance on the card, with its definition's name and the events its current state takes (transitions and waits).</summary>
public sealed record WorkflowCardInstance(WorkflowInstance Instance, string Name, IReadOnlyList<string> Events)
{
    public bool IsRunning => Instance.Status == WorkflowInstanceStatus.Running;

    public static WorkflowCardInstance From(WorkflowInstance instance, WorkflowDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var state = definition?.FindState(instance.State);
        var events = (state?.Transitions ?? []).Select(t => t.Trigger.EventName).OfType<string>().Concat(instance.Bookmarks)
            .Distinct(StringComparer.Ordinal).ToList();
        return new(instance, definition?.Name ?? instance.WorkflowId, events);
    }
}
