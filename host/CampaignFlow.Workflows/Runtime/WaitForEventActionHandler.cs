using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>waitForEvent: the engine turns it into a bookmark of the state; nothing to do at run time.</summary>
public sealed class WaitForEventActionHandler : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.WaitForEvent;

    public ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
