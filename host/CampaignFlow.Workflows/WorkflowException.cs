namespace CampaignFlow.Workflows;

/// <summary>A workflow operation refused with a clear reason (unknown instance, timer before the campaign, …).</summary>
public class WorkflowException : Exception
{
    public WorkflowException()
    {
    }

    public WorkflowException(string message)
        : base(message)
    {
    }

    public WorkflowException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
