using Microsoft.AspNetCore.WebUtilities;

namespace CampaignFlow.Host.Pages.Shared;

/// <summary>What the _Pager partial needs: where we are, how many pages, and the query to keep (filters).</summary>
public sealed record PagerModel(string Path, int Page, int PageCount, int Total, IReadOnlyDictionary<string, string?> Query)
{
    public string UrlFor(int page)
    {
        var query = Query.Where(q => !string.IsNullOrEmpty(q.Value)).ToDictionary(q => q.Key, q => q.Value);
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, query);
    }
}
