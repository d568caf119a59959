using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Activities;

/// <summary><c>/api/activities</c>: read with their steps (viewer). Assigning comes with the activities component.</summary>
public static class ActivitiesApi
{
    public static RouteGroupBuilder MapActivitiesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/activities").WithTags("Activities");
        group.MapGet("/", async (CampaignFlowDbContext db, CancellationToken ct) =>
            await db.Activities.AsNoTracking().Include(a => a.Steps.OrderBy(s => s.StepNo)).OrderBy(a => a.Code).ToListAsync(ct))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.Activities.AsNoTracking().Include(a => a.Steps.OrderBy(s => s.StepNo)).SingleOrDefaultAsync(a => a.Code == code, ct) is { } a
                ? Results.Ok(a) : ApiProblems.NotFound("Activity", code))
            .RequireAuthorization(Roles.Viewer);
        return group;
    }
}
