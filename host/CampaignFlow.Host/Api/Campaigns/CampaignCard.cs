namespace CampaignFlow.Host.Api.Campaigns;

/// <summary>
/// The campaign card: the campaign, its status and salesperson described, and counts of what was logged
/// for it. Workflow state and statistics are added by their components.
/// </summary>
public sealed record CampaignCard(
    string No, string Description, string? StatusCode, string? StatusDescription, DateOnly? StartingDate, DateOnly? EndingDate,
    string? SalespersonCode, string? SalespersonName, DateOnly? LastDateModified, int Version, bool Activated,
    int CampaignEntries, int InteractionEntries, int TargetContacts, int Responses, int Segments);
