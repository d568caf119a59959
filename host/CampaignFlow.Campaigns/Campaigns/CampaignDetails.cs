namespace CampaignFlow.Campaigns.Campaigns;

/// <summary>
/// The fields of a campaign a user edits (create and edit). The status code is not among them: only the workflow
/// runtime changes it (Campaign.ApplyWorkflowStatus).
/// </summary>
public sealed record CampaignDetails(string Description, DateOnly? StartingDate = null, DateOnly? EndingDate = null, string? SalespersonCode = null);
