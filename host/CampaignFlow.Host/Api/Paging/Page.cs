namespace CampaignFlow.Host.Api.Paging;

/// <summary>One page of a list and the total number of matching rows.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize)
{
    public int PageCount => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
