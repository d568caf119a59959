namespace CampaignFlow.Domain.Interactions;

public enum DeliveryState
{
    Pending,
    InProgress,
    Delivered,
    Failed,
}
