using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Interactions.Logging;

/// <summary>Filters of the interaction log list.</summary>
public sealed record InteractionLogQuery
{
    public int? LoggedSegmentEntryNo { get; init; }
    public string? ContactNo { get; init; }
    public string? CampaignNo { get; init; }
    public DeliveryStatus? DeliveryStatus { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 100;
}
