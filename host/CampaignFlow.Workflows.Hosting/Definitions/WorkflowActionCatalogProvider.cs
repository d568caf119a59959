using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Hosting.Definitions;

/// <summary>The actions workflows are validated against: the built-in ones plus those plugins contribute.</summary>
public sealed class WorkflowActionCatalogProvider(IWorkflowPluginActions? plugins = null)
{
    private WorkflowActionCatalog? catalog;

    public WorkflowActionCatalog Catalog => catalog ??= Build();

    private WorkflowActionCatalog Build()
    {
        var added = (plugins?.Actions ?? [])
            .Where(a => WorkflowActionCatalog.BuiltIn.Find(a.Name) is null)
            .Select(a => new WorkflowActionDescriptor(a.Name, [], $"Plugin action {a.Name}"));
        return WorkflowActionCatalog.BuiltIn.With(added);
    }
}
