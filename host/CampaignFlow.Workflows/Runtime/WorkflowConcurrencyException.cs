namespace CampaignFlow.Workflows.Runtime;

/// <summary>Thrown by a store when the instance changed since it was loaded; the runtime reloads and replans.</summary>
public sealed class WorkflowConcurrencyException : WorkflowException
{
    public WorkflowConcurrencyException()
    {
    }

    public WorkflowConcurrencyException(string message)
        : base(message)
    {
    }

    public WorkflowConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
