namespace CampaignFlow.Plugins.Abstractions;

/// <summary>The outcome of one delivery attempt.</summary>
public enum DeliveryStatus
{
    /// <summary>The message was delivered (or handed to a system that takes responsibility for it).</summary>
    Delivered = 1,

    /// <summary>The attempt failed for a reason that may go away (server unreachable, timeout); the host retries with backoff.</summary>
    TransientFailure = 2,

    /// <summary>The attempt failed for a reason a retry cannot fix (invalid address, rejected recipient); the host records an error.</summary>
    PermanentFailure = 3,
}
