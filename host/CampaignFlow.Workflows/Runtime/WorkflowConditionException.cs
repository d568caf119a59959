namespace CampaignFlow.Workflows.Runtime;

/// <summary>A transition guard that could not be evaluated; the runtime records it as an incident.</summary>
public sealed class WorkflowConditionException : WorkflowException
{
    public WorkflowConditionException()
    {
    }

    public WorkflowConditionException(string message)
        : base(message)
    {
    }

    public WorkflowConditionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WorkflowConditionException(string message, string location, Exception? innerException = null)
        : base(message, innerException ?? new InvalidOperationException(message))
    {
        Location = location;
    }

    /// <summary>JSON path of the condition.</summary>
    public string? Location { get; }
}
