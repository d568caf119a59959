namespace CampaignFlow.Workflows.Definitions;

/// <summary>Identifies one version of a workflow definition.</summary>
public readonly record struct WorkflowDefinitionKey(string Id, int Version)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version}";
}
