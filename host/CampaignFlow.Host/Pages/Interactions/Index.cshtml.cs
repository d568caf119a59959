using CampaignFlow.Domain.Interactions;
using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Interactions;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Interactions;

public sealed class IndexModel(CampaignFlowDbContext db, IOptions<ApiOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? CampaignNo { get; set; }
    [BindProperty(SupportsGet = true)] public string? ContactNo { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<InteractionLogEntry> Entries { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager => new("/interactions", Entries.PageNumber, Entries.PageCount, Entries.Total,
        new Dictionary<string, string?> { ["campaignNo"] = CampaignNo, ["contactNo"] = ContactNo });

    public async Task OnGetAsync() =>
        Entries = await InteractionLogApi.ListAsync(db, new InteractionLogQuery(ContactNo, CampaignNo, null, null, null, null, Math.Max(1, PageNumber), 25),
            options.Value, HttpContext.RequestAborted);
}
