namespace CampaignFlow.Workflows.Definitions;

/// <summary>What a workflow is validated against.</summary>
/// <param name="StatusCodes">The campaign status codes that exist; every state must be one of them.</param>
/// <param name="Actions">The known actions (built-in plus plugins').</param>
/// <param name="ValidateCondition">Optional hook (the rules engine): returns an error message for a bad condition, null when fine.</param>
/// <param name="ValidateRule">Optional hook (the workflow rule sets): an error message for a callRule "rule" that names nothing loaded.</param>
public sealed record WorkflowValidationContext(
    IReadOnlySet<string> StatusCodes,
    WorkflowActionCatalog Actions,
    Func<WorkflowCondition, string?>? ValidateCondition = null,
    Func<string, string?>? ValidateRule = null)
{
    /// <summary>Status codes plus the built-in actions.</summary>
    public static WorkflowValidationContext For(params IEnumerable<string> statusCodes) =>
        new(new HashSet<string>(statusCodes, StringComparer.Ordinal), WorkflowActionCatalog.BuiltIn);
}
