using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Host.Api.Workflows;

/// <summary>One loaded workflow definition version, as listed by GET /api/workflows/definitions and on the campaign card.</summary>
public sealed record WorkflowDefinitionSummary(string Id, int Version, string Name, string? Description, string Initial, IReadOnlyList<string> States, string Source)
{
    public static WorkflowDefinitionSummary From(WorkflowDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new(definition.Id, definition.Version, definition.Name, definition.Description, definition.Initial,
            [.. definition.States.Select(s => s.Name)], definition.Source);
    }
}
