namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// An action a plugin adds to the workflow runtime: a workflow definition names it in a state's entry/exit actions or a
/// transition's action, and the runtime runs it with the parameters written there.
/// </summary>
public interface IWorkflowAction
{
    /// <summary>Gets the action name used in workflow definitions; unique in a host (for example <c>fax.sendCover</c>).</summary>
    string Name { get; }

    /// <summary>Runs the action. An exception or a timeout is recorded as an incident of the workflow instance.</summary>
    /// <param name="context">The workflow instance, campaign and parameters.</param>
    /// <param name="cancellationToken">Cancelled when the host stops or the action times out.</param>
    /// <returns>Success (with optional outputs) or a failure with its reason.</returns>
    Task<WorkflowActionResult> ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken);
}
