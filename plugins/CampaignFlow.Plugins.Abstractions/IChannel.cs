namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// A delivery channel: takes one rendered message and delivers it (prints, mails, creates a call task …).
/// The host calls <see cref="SendAsync"/> concurrently from several workers; implementations must be thread-safe.
/// </summary>
/// <remarks>
/// The host may call <see cref="SendAsync"/> more than once for the same <see cref="ChannelMessage.Id"/> (after a crash
/// or a transient failure); use the id as an idempotency key where the target system allows it.
/// Return failures as <see cref="DeliveryResult"/> values; an exception or a call that does not finish within the
/// host's timeout is recorded as a failure by the host and never stops it.
/// </remarks>
public interface IChannel
{
    /// <summary>Gets the channel's unique code (for example <c>letter</c>, <c>email</c>, <c>phone</c>), used in routing configuration and logs.</summary>
    string Code { get; }

    /// <summary>Gets the correspondence types this channel delivers.</summary>
    IReadOnlyCollection<ChannelKind> Handles { get; }

    /// <summary>
    /// Gets a value indicating whether sending a message again under the same <see cref="ChannelMessage.Id"/> replaces
    /// what the first send produced, so the recipient never sees it twice (the letter channel overwrites its PDF; e-mail,
    /// once sent, cannot be taken back). The host then records results in larger batches
    /// (<c>Interactions:IdempotentResultBatchSize</c>): fewer database writes, and more messages sent again after a crash,
    /// which such a channel makes harmless. Read once, when the plugin loads. Defaults to <see langword="false"/>.
    /// </summary>
    /// <remarks>Added in SDK 1.1.</remarks>
    bool IsIdempotent => false;

    /// <summary>Delivers one message.</summary>
    /// <param name="message">The message, already rendered by the host.</param>
    /// <param name="cancellationToken">Cancelled when the host stops or the host's send timeout elapses.</param>
    /// <returns>The outcome: delivered (with an external id), or a transient or permanent failure with its reason.</returns>
    Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken);
}
