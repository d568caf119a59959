namespace CampaignFlow.Interactions.Outbox;

internal enum DeliveryOutcomeKind
{
    Delivered,
    Retry,
    Failed,
}
