namespace CampaignFlow.Storage.Workflows;

/// <summary>One imported version of a workflow definition, kept so that running instances stay on their version.</summary>
public sealed class StoredWorkflowDefinition
{
    public string WorkflowId { get; set; } = "";
    public int Version { get; set; }
    public string Name { get; set; } = "";
    /// <summary>The file it was imported from (file name only).</summary>
    public string Source { get; set; } = "";
    /// <summary>SHA-256 of the JSON text (hex): an unchanged file imports nothing.</summary>
    public string ContentHash { get; set; } = "";
    public string Json { get; set; } = "";
    public DateTimeOffset ImportedAt { get; set; }
}
