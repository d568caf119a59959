namespace CampaignFlow.Host.Api.Campaigns;

public sealed record CampaignListItem(string No, string Description, string? StatusCode, DateOnly? StartingDate, DateOnly? EndingDate, string? SalespersonCode);
