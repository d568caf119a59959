namespace CampaignFlow.Domain.Interactions;

/// <summary>BC's Delivery Status (blank | In Progress | Error) plus Delivered, which BC shows as blank.</summary>
public enum DeliveryStatus
{
    None,
    InProgress,
    Delivered,
    Error,
}
