using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Domain.Interactions;

/// <summary>
/// An outbox row: one interaction to deliver through a channel. Written in the same transaction as the
/// interaction; (logged segment entry no., line no.) is unique, so a delivery is sent at most once.
/// </summary>
public sealed class Delivery
{
    public long Id { get; set; }
    public int LoggedSegmentEntryNo { get; set; }
    public int LineNo { get; set; }
    public int InteractionEntryNo { get; set; }
    public CorrespondenceType CorrespondenceType { get; set; }
    public DeliveryState State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    /// <summary>Set when a worker claims the row; a claim older than the lease is taken over after a crash.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? LastError { get; set; }
    public string? ExternalId { get; set; }

    /// <summary>The idempotency key handed to the channel.</summary>
    public string Key => $"{LoggedSegmentEntryNo}-{LineNo}";
}
