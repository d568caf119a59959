using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.TestPlugins.Faulty;

/// <summary>A workflow action that echoes its parameters, or throws when the parameter "fail" is set.</summary>
/// <param name="options">Settings.</param>
public sealed class EchoAction(IOptions<FaultyOptions> options) : IWorkflowAction
{
    /// <inheritdoc />
    public string Name => options.Value.ActionName;

    /// <inheritdoc />
    public Task<WorkflowActionResult> ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken) =>
        context.Parameters.ContainsKey("fail")
            ? throw new InvalidOperationException($"echo failed for {context.CampaignNo}")
            : Task.FromResult(WorkflowActionResult.Success(context.Parameters));
}
