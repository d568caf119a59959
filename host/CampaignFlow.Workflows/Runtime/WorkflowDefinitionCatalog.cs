using System.Collections.Concurrent;
using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>The loaded definitions, every version kept so running instances stay on theirs. Thread-safe.</summary>
public sealed class WorkflowDefinitionCatalog : IWorkflowDefinitionSource
{
    private readonly ConcurrentDictionary<WorkflowDefinitionKey, WorkflowDefinition> definitions = new();

    public IReadOnlyCollection<WorkflowDefinition> All => [.. definitions.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version)];

    /// <summary>Adds a definition; the same (id, version) with different content is refused (publish a new version).</summary>
    public void Add(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var existing = definitions.GetOrAdd(definition.Key, definition);
        if (!ReferenceEquals(existing, definition) && existing.Source != definition.Source)
        {
            throw new WorkflowException($"workflow {definition.Key} from {definition.Source} is already loaded from {existing.Source}; give the new one a higher version");
        }
    }

    public void AddRange(IEnumerable<WorkflowDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        foreach (var definition in definitions)
        {
            Add(definition);
        }
    }

    public WorkflowDefinition? Find(WorkflowDefinitionKey key) => definitions.GetValueOrDefault(key);

    public WorkflowDefinition? FindLatest(string workflowId) =>
        definitions.Values.Where(d => d.Id == workflowId).MaxBy(d => d.Version);
}
