namespace CampaignFlow.Host.Api.Campaigns;

/// <summary><c>GET /api/campaigns</c> filters: search in No. and description, status, salesperson; paging.</summary>
public sealed record CampaignQuery(string? Search, string? StatusCode, string? SalespersonCode, int? Page, int? PageSize);
