using CampaignFlow.Domain.Activities;
using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Activities;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Tasks;

public sealed class IndexModel(CampaignFlowDbContext db, IOptions<ApiOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? SalespersonCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? CampaignNo { get; set; }
    [BindProperty(SupportsGet = true)] public bool Open { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<SalesTask> Tasks { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager => new("/tasks", Tasks.PageNumber, Tasks.PageCount, Tasks.Total, new Dictionary<string, string?>
    {
        ["salespersonCode"] = SalespersonCode, ["campaignNo"] = CampaignNo, ["open"] = Open ? "true" : null,
    });

    public async Task OnGetAsync() =>
        Tasks = await TasksApi.ListAsync(db, new TaskQuery(SalespersonCode, null, CampaignNo, null, null, Open ? true : null, Math.Max(1, PageNumber), 25),
            options.Value, HttpContext.RequestAborted);
}
