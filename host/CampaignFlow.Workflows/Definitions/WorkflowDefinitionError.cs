namespace CampaignFlow.Workflows.Definitions;

/// <summary>One problem in a workflow file: where (file, JSON path) and what is wrong.</summary>
public sealed record WorkflowDefinitionError(string Source, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Source}: {Path}: {Message}";
}
