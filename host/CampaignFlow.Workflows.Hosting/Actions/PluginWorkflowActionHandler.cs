using System.Text.Json;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Workflows.Runtime;
using SdkContext = CampaignFlow.Plugins.Abstractions.WorkflowActionContext;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>Runs a plugin's <see cref="IWorkflowAction"/> as a workflow action; a failure result becomes an incident.</summary>
public sealed class PluginWorkflowActionHandler(IWorkflowAction action) : IWorkflowActionHandler
{
    public string ActionName => action.Name;

    public async ValueTask ExecuteAsync(Runtime.WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parameters = context.Action.Args.ToDictionary(
            a => a.Key,
            a => a.Value.ValueKind == JsonValueKind.String ? a.Value.GetString()! : a.Value.GetRawText(),
            StringComparer.Ordinal);
        var sdkContext = new SdkContext
        {
            WorkflowInstanceId = context.Instance.Id.ToString(),
            WorkflowName = context.Definition.Id,
            CampaignNo = context.CampaignNo,
            StateName = context.Plan.To ?? context.Instance.State,
            Parameters = parameters,
            Now = context.Now,
        };
        var result = await action.ExecuteAsync(sdkContext, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new WorkflowException($"{context.Action.Path}: plugin action '{action.Name}' failed: {result.Error}");
        }
    }
}
