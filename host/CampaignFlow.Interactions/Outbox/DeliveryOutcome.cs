using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>What to record for one delivery.</summary>
internal sealed record DeliveryOutcome(DeliveryOutcomeKind Kind, string? ExternalId = null, string? AttachmentReference = null,
    string? Error = null, DateTimeOffset NextAttemptAt = default, DeliveryStatus EntryStatus = DeliveryStatus.Error);
