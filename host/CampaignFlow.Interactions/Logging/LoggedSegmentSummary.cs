namespace CampaignFlow.Interactions.Logging;

/// <summary>A row of the Logged Segments list.</summary>
public sealed record LoggedSegmentSummary(
    int EntryNo, string SegmentNo, string Description, DateOnly CreationDate, string? UserId, bool Canceled,
    int NoOfInteractions, int NoOfCampaignEntries, int DeliveriesInProgress, int DeliveryErrors);
