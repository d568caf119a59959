using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>Where the runtime finds definitions by (id, version).</summary>
public interface IWorkflowDefinitionSource
{
    WorkflowDefinition? Find(WorkflowDefinitionKey key);

    /// <summary>The highest version of that id, or null.</summary>
    WorkflowDefinition? FindLatest(string workflowId);
}
