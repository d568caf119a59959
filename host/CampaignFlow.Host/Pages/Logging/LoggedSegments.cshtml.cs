using CampaignFlow.Domain;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Interactions;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Logging;

/// <summary>Logged segments with their counts; marketing cancels, uncancels and deletes (delete only when canceled).</summary>
public sealed class LoggedSegmentsModel(CampaignFlowDbContext db, InteractionLogService log, IOptions<ApiOptions> options) : EntryActionsPageModel
{
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<LoggedSegmentSummary> Entries { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager => new("/logged-segments", Entries.PageNumber, Entries.PageCount, Entries.Total, new Dictionary<string, string?>());

    public async Task OnGetAsync() => await LoadAsync();

    public Task<IActionResult> OnPostCancelAsync(int entryNo) => ChangeAsync(entryNo, "Logged segment", () => ExistsAsync(entryNo), () => log.SetLoggedSegmentCanceledAsync(entryNo, true, HttpContext.RequestAborted), "canceled");
    public Task<IActionResult> OnPostUncancelAsync(int entryNo) => ChangeAsync(entryNo, "Logged segment", () => ExistsAsync(entryNo), () => log.SetLoggedSegmentCanceledAsync(entryNo, false, HttpContext.RequestAborted), "uncanceled");
    public Task<IActionResult> OnPostDeleteAsync(int entryNo) => ChangeAsync(entryNo, "Logged segment", () => ExistsAsync(entryNo), () => log.DeleteLoggedSegmentAsync(entryNo, HttpContext.RequestAborted), "deleted");

    private Task<bool> ExistsAsync(int entryNo) => db.LoggedSegments.AnyAsync(l => l.EntryNo == entryNo, HttpContext.RequestAborted);

    protected override async Task LoadAsync()
    {
        CanChange = await RoleCheck.HasAsync(HttpContext, Roles.Marketing);
        Entries = await LoggedSegmentsApi.ListAsync(db, null, null, Math.Max(1, PageNumber), 25, options.Value, HttpContext.RequestAborted);
    }
}
