namespace CampaignFlow.Workflows.Runtime;

/// <summary>Runs one kind of action. Throwing records an incident; nothing of the transition is kept.</summary>
public interface IWorkflowActionHandler
{
    /// <summary>The "do" name it handles.</summary>
    string ActionName { get; }

    ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken);
}
