using System.Text.Json;

namespace CampaignFlow.Workflows.Definitions;

/// <summary>An action as written: <c>{"do": "logSegment", "segment": "$campaign.targetSegment", "send": true}</c>.</summary>
/// <param name="Name">The "do" value.</param>
/// <param name="Args">Every other property, as JSON (values like "$campaign.x" are resolved by the handler).</param>
/// <param name="Path">JSON path, e.g. <c>$.states.ACTIVE.entry[1]</c>.</param>
public sealed record WorkflowActionDefinition(string Name, IReadOnlyDictionary<string, JsonElement> Args, string Path)
{
    /// <summary>A string argument, or null when absent.</summary>
    public string? GetString(string name) =>
        Args.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A boolean argument, or <paramref name="fallback"/> when absent.</summary>
    public bool GetBoolean(string name, bool fallback = false) =>
        Args.TryGetValue(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : fallback;
}
