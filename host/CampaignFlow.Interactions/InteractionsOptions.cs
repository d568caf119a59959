using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Interactions;

/// <summary>Settings of Log Segment and the delivery workers, bound from the <c>Interactions</c> section.</summary>
public sealed class InteractionsOptions
{
    public const string Section = "Interactions";

    /// <summary>Segment lines written as interaction entries per statement while logging (progress is reported after each).</summary>
    [Range(100, 100_000)]
    public int LogBatchSize { get; set; } = 5_000;

    /// <summary>Whether the hosted delivery service runs in this host (off for hosts that only serve the UI).</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>Delivery workers running side by side in this host.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>Deliveries a worker claims at once (one channel batch per logged segment in it).</summary>
    [Range(1, 10_000)]
    public int ClaimBatchSize { get; set; } = 100;

    /// <summary>Messages a worker renders and sends side by side within its claimed batch.</summary>
    [Range(1, 64)]
    public int SendConcurrency { get; set; } = 4;

    /// <summary>
    /// Results written per transaction. A crash loses at most this many unrecorded sends per worker; those are sent again
    /// under the same delivery key after the lease expires — harmless for letters (the file is overwritten), a duplicate
    /// e-mail for mail. The default keeps that window no wider than <see cref="SendConcurrency"/>. Idempotent channels use
    /// <see cref="IdempotentResultBatchSize"/> instead.
    /// </summary>
    [Range(1, 1_000)]
    public int ResultBatchSize { get; set; } = 4;

    /// <summary>
    /// Results written per transaction for channels that declare a re-send harmless (<c>IChannel.IsIdempotent</c>, such as
    /// letters, whose PDF a re-send overwrites): fewer, larger writes, and up to this many sends per worker repeated after a crash.
    /// </summary>
    [Range(1, 1_000)]
    public int IdempotentResultBatchSize { get; set; } = 64;

    /// <summary>How long a claim holds; a claim older than this (its worker crashed) is taken over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an idle worker waits before looking for due deliveries again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts (the first one included) before a transiently failing delivery is given up as Error.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Wait after the first transient failure; doubled after each further one.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromHours(1);
}
