namespace CampaignFlow.Workflows.Definitions;

/// <summary>An action name and the arguments it accepts (built in, or contributed by a plugin).</summary>
/// <param name="Name">The "do" value.</param>
/// <param name="Arguments">Accepted arguments; anything else is rejected.</param>
/// <param name="Description">One line for docs and the UI.</param>
/// <param name="IsImplicit">Run by the runtime itself (setStatus); may not be written in a workflow.</param>
public sealed record WorkflowActionDescriptor(
    string Name,
    IReadOnlyList<WorkflowActionArgument> Arguments,
    string Description,
    bool IsImplicit = false);
