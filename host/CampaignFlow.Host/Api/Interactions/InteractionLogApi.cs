using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary><c>/api/interaction-log-entries</c>: read with filters (viewer); cancel, uncancel, delete (only canceled) (marketing). Entries are written by logging a segment.</summary>
public static class InteractionLogApi
{
    public static RouteGroupBuilder MapInteractionLogApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/interaction-log-entries").WithTags("Interaction log");
        group.MapGet("/", (CampaignFlowDbContext db, [AsParameters] InteractionLogQuery query, IOptions<ApiOptions> options, CancellationToken ct) =>
            ListAsync(db, query, options.Value, ct)).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{entryNo:int}", async (int entryNo, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.InteractionLogEntries.AsNoTracking().SingleOrDefaultAsync(e => e.EntryNo == entryNo, ct) is { } e ? Results.Ok(e) : ApiProblems.NotFound("Interaction log entry", entryNo))
            .RequireAuthorization(Roles.Viewer);
        EntryCancellation.MapCancelAndDelete(group, "Interaction log entry",
            (s, no, ct) => s.GetRequiredService<CampaignFlowDbContext>().InteractionLogEntries.AnyAsync(e => e.EntryNo == no, ct),
            (s, no, canceled, ct) => s.GetRequiredService<InteractionLogService>().SetInteractionCanceledAsync(no, canceled, ct),
            (s, no, ct) => s.GetRequiredService<InteractionLogService>().DeleteInteractionAsync(no, ct));
        return group;
    }

    /// <summary>Newest first; shared with the web UI.</summary>
    public static Task<Page<InteractionLogEntry>> ListAsync(CampaignFlowDbContext db, InteractionLogQuery query, ApiOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var entries = db.InteractionLogEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.ContactNo)) entries = entries.Where(e => e.ContactNo == query.ContactNo);
        if (!string.IsNullOrWhiteSpace(query.CampaignNo)) entries = entries.Where(e => e.CampaignNo == query.CampaignNo);
        if (query.LoggedSegmentEntryNo is { } logged) entries = entries.Where(e => e.LoggedSegmentEntryNo == logged);
        if (!string.IsNullOrWhiteSpace(query.SegmentNo)) entries = entries.Where(e => e.SegmentNo == query.SegmentNo);
        if (!string.IsNullOrWhiteSpace(query.SalespersonCode)) entries = entries.Where(e => e.SalespersonCode == query.SalespersonCode);
        if (query.Canceled is { } canceled) entries = entries.Where(e => e.Canceled == canceled);
        return entries.OrderByDescending(e => e.EntryNo).ToPageAsync(query.Page, query.PageSize, options, ct);
    }
}
