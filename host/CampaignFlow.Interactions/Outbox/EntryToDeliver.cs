namespace CampaignFlow.Interactions.Outbox;

/// <summary>The columns of an interaction log entry a delivery needs: reading all 30 was about a quarter of the outbox's own cost (perf).</summary>
internal sealed record EntryToDeliver(
    int EntryNo,
    string ContactNo,
    string? ContactCompanyNo,
    DateOnly Date,
    string? SalespersonCode,
    string? CampaignNo,
    string? SegmentNo,
    string? InteractionTemplateCode,
    string? LanguageCode,
    string Description,
    string? Subject,
    bool Canceled);
