namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// Optional extension of <see cref="IChannel"/> for channels that profit from knowing batch boundaries
/// (a letter print batch, one SMTP connection per batch). The host calls <see cref="BeginBatchAsync"/> before the
/// first message of a batch (one logged segment) and <see cref="CompleteBatchAsync"/> after the last one.
/// </summary>
/// <remarks>
/// Both calls may be repeated for the same batch id (after a restart the host begins and completes the batch again
/// with the messages still to send), so they must be idempotent. Messages carry the batch id in
/// <see cref="ChannelMessage.BatchId"/>; a channel must also deliver a message whose batch was never begun.
/// </remarks>
public interface IBatchAwareChannel : IChannel
{
    /// <summary>Called before the first message of a batch is sent.</summary>
    /// <param name="batchId">The batch id (the same value as <see cref="ChannelMessage.BatchId"/>).</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the channel is ready for the batch.</returns>
    Task BeginBatchAsync(string batchId, CancellationToken cancellationToken);

    /// <summary>Called after the last message of a batch was sent (whatever the individual results).</summary>
    /// <param name="batchId">The batch id.</param>
    /// <param name="cancellationToken">Cancelled when the host stops.</param>
    /// <returns>A task that completes when the batch is finished (for example the print batch is written).</returns>
    Task CompleteBatchAsync(string batchId, CancellationToken cancellationToken);
}
