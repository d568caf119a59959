namespace CampaignFlow.Plugins.Abstractions;

/// <summary>What a <see cref="IWorkflowAction"/> is run with.</summary>
public sealed record WorkflowActionContext
{
    /// <summary>Gets the workflow instance id.</summary>
    public required string WorkflowInstanceId { get; init; }

    /// <summary>Gets the workflow definition name.</summary>
    public required string WorkflowName { get; init; }

    /// <summary>Gets the campaign no. the instance runs for, if any.</summary>
    public string? CampaignNo { get; init; }

    /// <summary>Gets the state being entered or left, or the transition's target state.</summary>
    public string? StateName { get; init; }

    /// <summary>Gets the action's parameters as written in the workflow definition (never <see langword="null"/>).</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the time the runtime runs the action at (from the host's <see cref="TimeProvider"/>).</summary>
    public required DateTimeOffset Now { get; init; }
}
