using CampaignFlow.Domain.Activities;

namespace CampaignFlow.Host.Api.Activities;

/// <summary><c>GET /api/tasks</c> filters: salesperson, team, campaign, contact, status, open only; paging.</summary>
public sealed record TaskQuery(
    string? SalespersonCode, string? TeamCode, string? CampaignNo, string? ContactNo, SalesTaskStatus? Status, bool? Open, int? Page, int? PageSize);
