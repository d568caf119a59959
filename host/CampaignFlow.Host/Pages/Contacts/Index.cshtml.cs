using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Contacts;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Contacts;

public sealed class IndexModel(CampaignFlowDbContext db, IOptions<ApiOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<ContactDto> Contacts { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager => new("/contacts", Contacts.PageNumber, Contacts.PageCount, Contacts.Total, new Dictionary<string, string?> { ["search"] = Search });

    public async Task OnGetAsync() =>
        Contacts = await ContactSearch.RunAsync(db, new ContactQuery(Search, null, null, null, null, null, Math.Max(1, PageNumber), 25), options.Value, HttpContext.RequestAborted);
}
