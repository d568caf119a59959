namespace CampaignFlow.Workflows.Definitions;

/// <summary>A workflow file (or set of files) that failed to load; the message lists every error.</summary>
public sealed class WorkflowDefinitionException : Exception
{
    public WorkflowDefinitionException()
        : this([])
    {
    }

    public WorkflowDefinitionException(string message)
        : base(message)
    {
        Errors = [];
    }

    public WorkflowDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public WorkflowDefinitionException(IReadOnlyList<WorkflowDefinitionError> errors)
        : base(errors.Count == 0 ? "invalid workflow definition" : string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Every error found, in file order.</summary>
    public IReadOnlyList<WorkflowDefinitionError> Errors { get; }
}
