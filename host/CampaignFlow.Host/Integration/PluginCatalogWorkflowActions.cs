using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;
using CampaignFlow.Workflows.Hosting.Definitions;

namespace CampaignFlow.Host.Integration;

/// <summary>The workflow actions the loaded plugins contribute, each still guarded by the loader (timeouts, exceptions).</summary>
public sealed class PluginCatalogWorkflowActions(PluginCatalog catalog) : IWorkflowPluginActions
{
    // Read on each use: plugins are loaded by a hosted service after the container is built.
    public IReadOnlyList<IWorkflowAction> Actions => [.. catalog.WorkflowActions.Select(a => new Guarded(a))];

    private sealed class Guarded(GuardedWorkflowAction action) : IWorkflowAction
    {
        public string Name => action.Name;

        public Task<WorkflowActionResult> ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken) =>
            action.ExecuteAsync(context, cancellationToken);
    }
}
