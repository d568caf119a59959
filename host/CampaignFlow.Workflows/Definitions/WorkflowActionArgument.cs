namespace CampaignFlow.Workflows.Definitions;

/// <summary>One argument an action accepts.</summary>
/// <param name="Name">Property name in the action object.</param>
/// <param name="Required">Missing → validation error.</param>
/// <param name="Kind">Expected JSON value.</param>
/// <param name="AllowedValues">For text: the only values allowed (null = any).</param>
public sealed record WorkflowActionArgument(string Name, bool Required, WorkflowArgumentKind Kind, IReadOnlyList<string>? AllowedValues = null);
