using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Plugins.Loading;

/// <summary>The host's handle on a plugin's workflow action: exceptions and timeouts become failed results.</summary>
public sealed class GuardedWorkflowAction
{
    private readonly IWorkflowAction _inner;
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal GuardedWorkflowAction(string pluginId, IWorkflowAction inner, PluginOptions options, TimeProvider time, ILogger logger)
    {
        PluginId = pluginId;
        _inner = inner;
        Name = inner.Name;
        _timeout = options.BatchTimeout;
        _time = time;
        _logger = logger;
    }

    /// <summary>Gets the id of the plugin the action comes from.</summary>
    public string PluginId { get; }

    /// <summary>Gets the action name.</summary>
    public string Name { get; }

    /// <summary>Runs the action.</summary>
    /// <param name="context">The workflow context.</param>
    /// <param name="cancellationToken">The host's token (shutdown).</param>
    /// <returns>The action's result, or a failure recording what went wrong.</returns>
    public async Task<WorkflowActionResult> ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        var outcome = await GuardedCall.RunAsync(ct => _inner.ExecuteAsync(context, ct), _timeout, _time, cancellationToken).ConfigureAwait(false);
        var result = outcome switch
        {
            { IsTimeout: true } => WorkflowActionResult.Failure($"Workflow action '{Name}' of plugin '{PluginId}' did not finish within {_timeout.TotalSeconds:0.###} s (timeout)."),
            { Exception: { } ex } => WorkflowActionResult.Failure($"Workflow action '{Name}' of plugin '{PluginId}' threw {ex.GetType().Name}: {ex.Message}"),
            { Value: { } value } => value,
            _ => WorkflowActionResult.Failure($"Workflow action '{Name}' of plugin '{PluginId}' returned no result."),
        };
        if (!result.Succeeded)
        {
            _logger.LogWarning("Workflow action {Action} ({Plugin}) failed for {Instance}: {Error}", Name, PluginId, context.WorkflowInstanceId, result.Error);
        }

        return result;
    }
}
