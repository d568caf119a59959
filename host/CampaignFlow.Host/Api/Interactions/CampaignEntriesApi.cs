using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary><c>/api/campaign-entries</c>: read with filters (viewer); cancel, uncancel, delete (only canceled; takes its interactions with it) (marketing).</summary>
public static class CampaignEntriesApi
{
    public static RouteGroupBuilder MapCampaignEntriesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/campaign-entries").WithTags("Campaign entries");
        group.MapGet("/", (CampaignFlowDbContext db, string? campaignNo, int? registerNo, bool? canceled, int? page, int? pageSize, IOptions<ApiOptions> options, CancellationToken ct) =>
        {
            var entries = db.CampaignEntries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(campaignNo)) entries = entries.Where(e => e.CampaignNo == campaignNo);
            if (registerNo is { } r) entries = entries.Where(e => e.RegisterNo == r);
            if (canceled is { } c) entries = entries.Where(e => e.Canceled == c);
            return entries.OrderByDescending(e => e.EntryNo).ToPageAsync(page, pageSize, options.Value, ct);
        }).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{entryNo:int}", async (int entryNo, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.CampaignEntries.AsNoTracking().SingleOrDefaultAsync(e => e.EntryNo == entryNo, ct) is { } e ? Results.Ok(e) : ApiProblems.NotFound("Campaign entry", entryNo))
            .RequireAuthorization(Roles.Viewer);
        EntryCancellation.MapCancelAndDelete(group, "Campaign entry",
            (s, no, ct) => s.GetRequiredService<CampaignFlowDbContext>().CampaignEntries.AnyAsync(e => e.EntryNo == no, ct),
            (s, no, canceled, ct) => s.GetRequiredService<InteractionLogService>().SetCampaignEntryCanceledAsync(no, canceled, ct),
            (s, no, ct) => s.GetRequiredService<InteractionLogService>().DeleteCampaignEntryAsync(no, ct));
        return group;
    }
}
