using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Logging;

namespace CampaignFlow.Plugins.Loading;

/// <summary>
/// The host's handle on a plugin channel: every call returns a <see cref="DeliveryResult"/>; an exception thrown by the
/// plugin, a null result or a call that outlives its timeout become failures with a readable reason, never a crash.
/// Only the host's own cancellation token (shutdown) ends a call with <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class GuardedChannel
{
    private readonly IChannel _inner;
    private readonly TimeSpan _sendTimeout;
    private readonly TimeSpan _batchTimeout;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    internal GuardedChannel(string pluginId, IChannel inner, PluginOptions options, TimeProvider time, ILogger logger)
    {
        PluginId = pluginId;
        _inner = inner;
        Code = inner.Code;
        Handles = inner.Handles.ToArray();
        IsIdempotent = inner.IsIdempotent;
        _sendTimeout = options.SendTimeout;
        _batchTimeout = options.BatchTimeout;
        _time = time;
        _logger = logger;
    }

    /// <summary>Gets the id of the plugin the channel comes from.</summary>
    public string PluginId { get; }

    /// <summary>Gets the channel code.</summary>
    public string Code { get; }

    /// <summary>Gets the correspondence types the channel handles (read once, at load).</summary>
    public IReadOnlyCollection<ChannelKind> Handles { get; }

    /// <summary>Gets a value indicating whether a re-send replaces the first send (<see cref="IChannel.IsIdempotent"/>, read once, at load).</summary>
    public bool IsIdempotent { get; }

    /// <summary>Gets a value indicating whether the channel wants batch boundaries (<see cref="IBatchAwareChannel"/>).</summary>
    public bool IsBatchAware => _inner is IBatchAwareChannel;

    /// <summary>Sends one message through the plugin.</summary>
    /// <param name="message">The rendered message.</param>
    /// <param name="cancellationToken">The host's token (shutdown).</param>
    /// <returns>The plugin's result, or a failure recording what went wrong.</returns>
    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var outcome = await GuardedCall.RunAsync(ct => _inner.SendAsync(message, ct), _sendTimeout, _time, cancellationToken).ConfigureAwait(false);
        var result = ToResult(outcome, $"sending {message.Id}");
        if (!result.IsDelivered)
        {
            _logger.LogWarning("Delivery {DeliveryId} through channel {Channel} ({Plugin}): {Status} {Error}", message.Id, Code, PluginId, result.Status, result.Error);
        }

        return result;
    }

    /// <summary>Tells a batch-aware channel a batch begins; does nothing for other channels.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">The host's token (shutdown).</param>
    /// <returns><see cref="DeliveryResult.Delivered"/> when the hook succeeded, else a failure with the reason.</returns>
    public Task<DeliveryResult> BeginBatchAsync(string batchId, CancellationToken cancellationToken) =>
        RunBatchHookAsync(batchId, "beginning batch", (channel, ct) => channel.BeginBatchAsync(batchId, ct), cancellationToken);

    /// <summary>Tells a batch-aware channel a batch is complete (for example to write the print batch); does nothing for other channels.</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">The host's token (shutdown).</param>
    /// <returns><see cref="DeliveryResult.Delivered"/> when the hook succeeded, else a failure with the reason.</returns>
    public Task<DeliveryResult> CompleteBatchAsync(string batchId, CancellationToken cancellationToken) =>
        RunBatchHookAsync(batchId, "completing batch", (channel, ct) => channel.CompleteBatchAsync(batchId, ct), cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({PluginId})";

    private async Task<DeliveryResult> RunBatchHookAsync(
        string batchId, string operation, Func<IBatchAwareChannel, CancellationToken, Task> hook, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        if (_inner is not IBatchAwareChannel batchAware)
        {
            return DeliveryResult.Delivered();
        }

        var outcome = await GuardedCall.RunAsync(
            async ct =>
            {
                await hook(batchAware, ct).ConfigureAwait(false);
                return DeliveryResult.Delivered(batchId);
            },
            _batchTimeout,
            _time,
            cancellationToken).ConfigureAwait(false);
        var result = ToResult(outcome, $"{operation} {batchId}");
        if (!result.IsDelivered)
        {
            _logger.LogWarning("Channel {Channel} ({Plugin}) failed {Operation} {Batch}: {Error}", Code, PluginId, operation, batchId, result.Error);
        }

        return result;
    }

    private DeliveryResult ToResult(GuardedOutcome<DeliveryResult> outcome, string operation)
    {
        if (outcome.IsTimeout)
        {
            return ChannelFailures.Timeout(PluginId, Code, operation, operation.StartsWith("sending", StringComparison.Ordinal) ? _sendTimeout : _batchTimeout);
        }

        if (outcome.Exception is { } exception)
        {
            return ChannelFailures.FromException(PluginId, Code, exception);
        }

        return outcome.Value ?? DeliveryResult.Permanent($"Channel '{Code}' of plugin '{PluginId}' returned no result {operation}.");
    }
}
