using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Campaigns;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Campaigns;

public sealed class IndexModel(CampaignFlowDbContext db, IOptions<ApiOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<CampaignListItem> Campaigns { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager => new("/campaigns", Campaigns.PageNumber, Campaigns.PageCount, Campaigns.Total, new Dictionary<string, string?> { ["search"] = Search });

    public async Task OnGetAsync() =>
        Campaigns = await CampaignQueries.ListAsync(db, new CampaignQuery(Search, null, null, Math.Max(1, PageNumber), 25), options.Value, HttpContext.RequestAborted);
}
