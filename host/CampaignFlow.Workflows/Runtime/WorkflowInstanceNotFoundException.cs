namespace CampaignFlow.Workflows.Runtime;

/// <summary>An event, timer, cancel or retry for an instance that does not exist (API: 404).</summary>
public sealed class WorkflowInstanceNotFoundException : WorkflowException
{
    public WorkflowInstanceNotFoundException()
    {
    }

    public WorkflowInstanceNotFoundException(string message)
        : base(message)
    {
    }

    public WorkflowInstanceNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
