namespace CampaignFlow.Plugins.Abstractions;

/// <summary>The result of <see cref="IWorkflowAction.ExecuteAsync"/>. Create it with <see cref="Success"/> or <see cref="Failure"/>.</summary>
public sealed record WorkflowActionResult
{
    private static readonly IReadOnlyDictionary<string, string> NoOutputs = new Dictionary<string, string>();

    private WorkflowActionResult(bool succeeded, string? error, IReadOnlyDictionary<string, string> outputs)
    {
        Succeeded = succeeded;
        Error = error;
        Outputs = outputs;
    }

    /// <summary>Gets a value indicating whether the action succeeded.</summary>
    public bool Succeeded { get; }

    /// <summary>Gets the reason of a failure; <see langword="null"/> on success.</summary>
    public string? Error { get; }

    /// <summary>Gets values the action returns to the workflow instance (never <see langword="null"/>).</summary>
    public IReadOnlyDictionary<string, string> Outputs { get; }

    /// <summary>Creates a successful result.</summary>
    /// <param name="outputs">Values returned to the workflow instance, if any.</param>
    /// <returns>A successful result.</returns>
    public static WorkflowActionResult Success(IReadOnlyDictionary<string, string>? outputs = null) => new(true, null, outputs ?? NoOutputs);

    /// <summary>Creates a failed result; the runtime records an incident with <paramref name="error"/>.</summary>
    /// <param name="error">Why the action failed.</param>
    /// <returns>A failed result.</returns>
    public static WorkflowActionResult Failure(string error) =>
        new(false, string.IsNullOrWhiteSpace(error) ? throw new ArgumentException("A failure needs a reason.", nameof(error)) : error, NoOutputs);
}
