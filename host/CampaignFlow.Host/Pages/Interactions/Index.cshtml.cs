using CampaignFlow.Domain;
using CampaignFlow.Domain.Interactions;
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

namespace CampaignFlow.Host.Pages.Interactions;

public sealed class IndexModel(CampaignFlowDbContext db, IOptions<ApiOptions> options, InteractionLogService log) : EntryActionsPageModel
{
    [BindProperty(SupportsGet = true)] public string? CampaignNo { get; set; }
    [BindProperty(SupportsGet = true)] public string? ContactNo { get; set; }
    [BindProperty(SupportsGet = true)] public int? LoggedSegmentEntryNo { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<InteractionLogEntry> Entries { get; private set; } = new([], 0, 1, 1);
    public PagerModel Pager => new("/interactions", Entries.PageNumber, Entries.PageCount, Entries.Total,
        new Dictionary<string, string?>
        {
            ["campaignNo"] = CampaignNo, ["contactNo"] = ContactNo,
            ["loggedSegmentEntryNo"] = LoggedSegmentEntryNo?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostCancelAsync(int entryNo) => ChangeAsync(entryNo, "Interaction", () => ExistsAsync(entryNo), () => log.SetInteractionCanceledAsync(entryNo, true, HttpContext.RequestAborted), "canceled");
    public Task<IActionResult> OnPostUncancelAsync(int entryNo) => ChangeAsync(entryNo, "Interaction", () => ExistsAsync(entryNo), () => log.SetInteractionCanceledAsync(entryNo, false, HttpContext.RequestAborted), "uncanceled");
    public Task<IActionResult> OnPostDeleteAsync(int entryNo) => ChangeAsync(entryNo, "Interaction", () => ExistsAsync(entryNo), () => log.DeleteInteractionAsync(entryNo, HttpContext.RequestAborted), "deleted");

    private Task<bool> ExistsAsync(int entryNo) => db.InteractionLogEntries.AnyAsync(e => e.EntryNo == entryNo, HttpContext.RequestAborted);

    protected override async Task LoadAsync()
    {
        CanChange = await RoleCheck.HasAsync(HttpContext, Roles.Marketing);
        Entries = await InteractionLogApi.ListAsync(db,
            new Api.Interactions.InteractionLogQuery(ContactNo, CampaignNo, LoggedSegmentEntryNo, null, null, null, Math.Max(1, PageNumber), 25),
            options.Value, HttpContext.RequestAborted);
    }
}
