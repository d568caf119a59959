namespace CampaignFlow.Workflows.Definitions;

/// <summary>A versioned workflow: states named by campaign status codes, with entry/exit actions and transitions.</summary>
/// <param name="Id">Stable id (e.g. "trade-show"); with <paramref name="Version"/> the definition's key.</param>
/// <param name="Version">1, 2, …; running instances stay on the version they started with.</param>
/// <param name="Name">Display name.</param>
/// <param name="Description">Optional longer text.</param>
/// <param name="Initial">The state an instance starts in.</param>
/// <param name="States">The states in file order.</param>
/// <param name="Source">Where it was loaded from (file name), for messages.</param>
public sealed record WorkflowDefinition(
    string Id,
    int Version,
    string Name,
    string? Description,
    string Initial,
    IReadOnlyList<WorkflowStateDefinition> States,
    string Source)
{
    private Dictionary<string, WorkflowStateDefinition>? byName;

    /// <summary>(Id, Version).</summary>
    public WorkflowDefinitionKey Key => new(Id, Version);

    /// <summary>The state of that name, or null.</summary>
    public WorkflowStateDefinition? FindState(string name)
    {
        byName ??= States.ToDictionary(s => s.Name, StringComparer.Ordinal);
        return byName.GetValueOrDefault(name);
    }

    /// <summary>The state of that name; throws when the definition has none (a definition/instance mismatch).</summary>
    public WorkflowStateDefinition GetState(string name) =>
        FindState(name) ?? throw new WorkflowException($"workflow '{Id}' v{Version} has no state '{name}'");
}
