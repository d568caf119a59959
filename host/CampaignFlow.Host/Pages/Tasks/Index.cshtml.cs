using CampaignFlow.Domain;
using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Activities;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Storage;
using TaskService = CampaignFlow.Workflows.Hosting.Activities.TaskService;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Tasks;

/// <summary>Tasks with filters; marketing closes or cancels a task (a recurring task gets its next occurrence on close).</summary>
public sealed class IndexModel(CampaignFlowDbContext db, IOptions<ApiOptions> options, TaskService taskService, IAuthorizationService authorization, TimeProvider clock) : PageModel
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

    public bool CanChange { get; private set; }
    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    public async Task OnGetAsync()
    {
        CanChange = (await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded;
        Tasks = await TasksApi.ListAsync(db, new TaskQuery(SalespersonCode, null, CampaignNo, null, null, Open ? true : null, Math.Max(1, PageNumber), 25),
            options.Value, HttpContext.RequestAborted);
    }

    public Task<IActionResult> OnPostCloseAsync(string taskNo) => ChangeAsync(taskNo, async ct =>
    {
        var next = await taskService.CloseAsync(taskNo, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return next is null ? $"Task {taskNo} closed." : $"Task {taskNo} closed; next occurrence {next.No} on {next.Date:yyyy-MM-dd}.";
    });

    public Task<IActionResult> OnPostCancelAsync(string taskNo) => ChangeAsync(taskNo, async ct =>
    {
        await taskService.CancelAsync(taskNo, ct);
        return $"Task {taskNo} canceled.";
    });

    // Viewers may list; only the change handlers need marketing (Razor Pages cannot authorize per handler).
    private async Task<IActionResult> ChangeAsync(string taskNo, Func<CancellationToken, Task<string>> change)
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded) return Forbid();
        try
        {
            Message = await change(HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            (Message, MessageIsError) = (ex.Message, true);
        }
        await OnGetAsync();
        return Page();
    }
}
