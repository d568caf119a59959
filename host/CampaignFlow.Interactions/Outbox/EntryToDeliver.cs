namespace CampaignFlow.Interactions.Outbox;

/// <summary>The columns of an interaction log entry a delivery needs (reading whole entries cost the outbox a quarter of its time).</summary>
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
