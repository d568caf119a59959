namespace CampaignFlow.Plugins.Abstractions;

/// <summary>The result of <see cref="IChannel.SendAsync"/>. Create it with <see cref="Delivered"/>, <see cref="Transient"/> or <see cref="Permanent"/>.</summary>
public sealed record DeliveryResult
{
    private DeliveryResult(DeliveryStatus status, string? externalId, string? error)
    {
        Status = status;
        ExternalId = externalId;
        Error = error;
    }

    /// <summary>Gets the outcome.</summary>
    public DeliveryStatus Status { get; }

    /// <summary>Gets the id the target system gave the delivery (file path, message id, task id), when delivered.</summary>
    public string? ExternalId { get; }

    /// <summary>Gets the reason of a failure, readable by a user; <see langword="null"/> when delivered.</summary>
    public string? Error { get; }

    /// <summary>Gets a value indicating whether the message was delivered.</summary>
    public bool IsDelivered => Status == DeliveryStatus.Delivered;

    /// <summary>Creates a successful result.</summary>
    /// <param name="externalId">The id the target system gave the delivery, if any.</param>
    /// <returns>A <see cref="DeliveryStatus.Delivered"/> result.</returns>
    public static DeliveryResult Delivered(string? externalId = null) => new(DeliveryStatus.Delivered, externalId, null);

    /// <summary>Creates a failure the host retries later.</summary>
    /// <param name="error">Why the attempt failed.</param>
    /// <returns>A <see cref="DeliveryStatus.TransientFailure"/> result.</returns>
    public static DeliveryResult Transient(string error) => new(DeliveryStatus.TransientFailure, null, RequireText(error));

    /// <summary>Creates a failure the host does not retry.</summary>
    /// <param name="error">Why the message cannot be delivered.</param>
    /// <returns>A <see cref="DeliveryStatus.PermanentFailure"/> result.</returns>
    public static DeliveryResult Permanent(string error) => new(DeliveryStatus.PermanentFailure, null, RequireText(error));

    private static string RequireText(string error) =>
        string.IsNullOrWhiteSpace(error) ? throw new ArgumentException("A failure needs a reason.", nameof(error)) : error;
}
