using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>
/// <c>/api/logged-segments</c>: read with counts, deliveries in progress and delivery errors (viewer); cancel, uncancel and
/// delete (only canceled; takes its campaign entries, interactions and outbox rows with it) (marketing).
/// A logged segment is created by <c>POST /api/segments/{no}/log</c>.
/// </summary>
public static class LoggedSegmentsApi
{
    public static RouteGroupBuilder MapLoggedSegmentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/logged-segments").WithTags("Logged segments");
        group.MapGet("/", (CampaignFlowDbContext db, string? segmentNo, bool? canceled, int? page, int? pageSize, IOptions<ApiOptions> options, CancellationToken ct) =>
            ListAsync(db, segmentNo, canceled, page, pageSize, options.Value, ct)).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{entryNo:int}", async (int entryNo, CampaignFlowDbContext db, CancellationToken ct) =>
            await Summaries(db, db.LoggedSegments.Where(l => l.EntryNo == entryNo)).SingleOrDefaultAsync(ct) is { } l ? Results.Ok(l) : ApiProblems.NotFound("Logged segment", entryNo))
            .RequireAuthorization(Roles.Viewer);
        EntryCancellation.MapCancelAndDelete(group, "Logged segment",
            (s, no, ct) => s.GetRequiredService<CampaignFlowDbContext>().LoggedSegments.AnyAsync(l => l.EntryNo == no, ct),
            (s, no, canceled, ct) => s.GetRequiredService<InteractionLogService>().SetLoggedSegmentCanceledAsync(no, canceled, ct),
            (s, no, ct) => s.GetRequiredService<InteractionLogService>().DeleteLoggedSegmentAsync(no, ct));
        return group;
    }

    /// <summary>Newest first, with counts; shared with the web UI.</summary>
    public static Task<Page<LoggedSegmentSummary>> ListAsync(
        CampaignFlowDbContext db, string? segmentNo, bool? canceled, int? page, int? pageSize, ApiOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var logged = db.LoggedSegments.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(segmentNo)) logged = logged.Where(l => l.SegmentNo == segmentNo);
        if (canceled is { } c) logged = logged.Where(l => l.Canceled == c);
        return Summaries(db, logged.OrderByDescending(l => l.EntryNo)).ToPageAsync(page, pageSize, options, ct);
    }

    private static IQueryable<LoggedSegmentSummary> Summaries(CampaignFlowDbContext db, IQueryable<LoggedSegment> logged) =>
        logged.Select(l => new LoggedSegmentSummary(l.EntryNo, l.SegmentNo, l.Description, l.CreationDate, l.UserId, l.Canceled,
            db.InteractionLogEntries.Count(i => i.LoggedSegmentEntryNo == l.EntryNo),
            db.CampaignEntries.Count(e => e.RegisterNo == l.EntryNo),
            db.InteractionLogEntries.Count(i => i.LoggedSegmentEntryNo == l.EntryNo && i.DeliveryStatus == DeliveryStatus.InProgress),
            db.InteractionLogEntries.Count(i => i.LoggedSegmentEntryNo == l.EntryNo && i.DeliveryStatus == DeliveryStatus.Error)));
}
