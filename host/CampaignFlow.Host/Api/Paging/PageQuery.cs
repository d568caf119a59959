namespace CampaignFlow.Host.Api.Paging;

/// <summary><c>?page=&amp;pageSize=</c>: 1-based page; the size is capped by <see cref="ApiOptions.MaxPageSize"/>.</summary>
public sealed record PageQuery(int? Page, int? PageSize);
