using System.Collections.Frozen;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>Action name → handler. raiseEvent and waitForEvent are built in; the host and plugins add the rest.</summary>
public sealed class WorkflowActionRegistry
{
    private readonly FrozenDictionary<string, IWorkflowActionHandler> handlers;

    public WorkflowActionRegistry(IEnumerable<IWorkflowActionHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        var all = new Dictionary<string, IWorkflowActionHandler>(StringComparer.Ordinal)
        {
            [Definitions.WorkflowActionNames.RaiseEvent] = new RaiseEventActionHandler(),
            [Definitions.WorkflowActionNames.WaitForEvent] = new WaitForEventActionHandler(),
        };
        foreach (var handler in handlers)
        {
            all[handler.ActionName] = handler; // a registered handler replaces a built-in one
        }

        this.handlers = all.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => handlers.Keys;

    public IWorkflowActionHandler? Find(string actionName) => handlers.GetValueOrDefault(actionName);
}
