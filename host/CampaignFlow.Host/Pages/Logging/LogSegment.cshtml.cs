using CampaignFlow.Domain;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Outbox;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Pages.Logging;

/// <summary>The Log Segment request page: two check boxes, then the result and the open-deliveries count (refreshed by a link).</summary>
[Authorize(Policy = Roles.Marketing)]
public sealed class LogSegmentModel(CampaignFlowDbContext db, LogSegmentService logging, DeliveryProcessor deliveries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string No { get; set; } = "";
    [BindProperty] public bool SendAttachments { get; set; }
    [BindProperty] public bool CreateFollowUpSegment { get; set; }
    /// <summary>After logging: the logged segment entry to show (the refresh link carries it).</summary>
    [BindProperty(SupportsGet = true)] public int? Logged { get; set; }

    public string? Description { get; private set; }
    public int LineCount { get; private set; }
    public bool SegmentExists { get; private set; }
    public LogSegmentResponse? Result { get; private set; }
    public LoggedSegmentSummary? LoggedSummary { get; private set; }
    public int OpenDeliveries { get; private set; }
    public string? Error { get; private set; }
    public string? ErrorField { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return SegmentExists || LoggedSummary is not null ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        try
        {
            var result = await logging.LogAsync(No, new LogSegmentOptions { SendAttachments = SendAttachments, CreateFollowUpSegment = CreateFollowUpSegment },
                User.Identity?.Name, null, ct);
            Result = LogSegmentResponse.From(result);
            Logged = result.LoggedSegmentEntryNo;
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            ErrorField = ex.Field;
        }

        await LoadAsync();
        return SegmentExists || LoggedSummary is not null || Error is not null ? Page() : NotFound();
    }

    private async Task LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        var segment = await db.Segments.AsNoTracking().Where(s => s.No == No).Select(s => new { s.Description }).SingleOrDefaultAsync(ct);
        SegmentExists = segment is not null;
        Description = segment?.Description;
        if (SegmentExists) LineCount = await db.SegmentLines.CountAsync(l => l.SegmentNo == No, ct);
        var loggedNo = Logged ?? await db.LoggedSegments.Where(l => l.SegmentNo == No).Select(l => (int?)l.EntryNo).FirstOrDefaultAsync(ct);
        if (loggedNo is { } entryNo)
        {
            var page = await LoggedSegmentsApi.ListAsync(db, No, null, 1, 1, new Api.ApiOptions(), ct);
            LoggedSummary = page.Items.FirstOrDefault(l => l.EntryNo == entryNo);
        }

        OpenDeliveries = await deliveries.CountOpenAsync(ct);
    }
}
