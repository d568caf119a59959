using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Workflows.Hosting.Definitions;

/// <summary>The workflow actions plugins contribute (the host implements it over its plugin catalog).</summary>
public interface IWorkflowPluginActions
{
    IReadOnlyList<IWorkflowAction> Actions { get; }
}
