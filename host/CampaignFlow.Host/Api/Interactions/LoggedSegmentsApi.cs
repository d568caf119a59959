using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary><c>/api/logged-segments</c>: read (viewer). Created by logging a segment; cancel/delete come with the segments component.</summary>
public static class LoggedSegmentsApi
{
    public static RouteGroupBuilder MapLoggedSegmentsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/logged-segments").WithTags("Logged segments");
        group.MapGet("/", (CampaignFlowDbContext db, string? segmentNo, bool? canceled, int? page, int? pageSize, IOptions<ApiOptions> options, CancellationToken ct) =>
        {
            var logged = db.LoggedSegments.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(segmentNo)) logged = logged.Where(l => l.SegmentNo == segmentNo);
            if (canceled is { } c) logged = logged.Where(l => l.Canceled == c);
            return logged.OrderByDescending(l => l.EntryNo).ToPageAsync(page, pageSize, options.Value, ct);
        }).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{entryNo:int}", async (int entryNo, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.LoggedSegments.AsNoTracking().SingleOrDefaultAsync(l => l.EntryNo == entryNo, ct) is { } l ? Results.Ok(l) : ApiProblems.NotFound("Logged segment", entryNo))
            .RequireAuthorization(Roles.Viewer);
        return group;
    }
}
