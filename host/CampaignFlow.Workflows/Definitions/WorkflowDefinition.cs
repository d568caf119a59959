namespace CampaignFlow.Workflows.Definitions;

/// <summary>A versioned workflow: states named by campaign status codes, with entry/exit actions and transitions.</summary>
/// <param name="id">Stable id (e.g. "trade-show"); with <paramref name="version"/> the definition's key.</param>
/// <param name="version">1, 2, …; running instances stay on the version they started with.</param>
/// <param name="name">Display name.</param>
/// <param name="description">Optional longer text.</param>
/// <param name="initial">The state an instance starts in.</param>
/// <param name="states">The states in file order.</param>
/// <param name="source">Where it was loaded from (file name), for messages.</param>
// A class, not a record: the state index below must not leak into equality or be copied by `with`.
public sealed class WorkflowDefinition(
    string id,
    int version,
    string name,
    string? description,
    string initial,
    IReadOnlyList<WorkflowStateDefinition> states,
    string source)
{
    private readonly Dictionary<string, WorkflowStateDefinition> byName = states.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public string Id { get; } = id;

    public int Version { get; } = version;

    public string Name { get; } = name;

    public string? Description { get; } = description;

    public string Initial { get; } = initial;

    public IReadOnlyList<WorkflowStateDefinition> States { get; } = states;

    public string Source { get; } = source;

    /// <summary>(Id, Version).</summary>
    public WorkflowDefinitionKey Key => new(Id, Version);

    /// <summary>The state of that name, or null.</summary>
    public WorkflowStateDefinition? FindState(string name) => byName.GetValueOrDefault(name);

    /// <summary>The state of that name; throws when the definition has none (a definition/instance mismatch).</summary>
    public WorkflowStateDefinition GetState(string name) =>
        FindState(name) ?? throw new WorkflowException($"workflow '{Id}' v{Version} has no state '{name}'");
}
