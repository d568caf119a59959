using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting.Activities;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Activities;

/// <summary>
/// <c>/api/activities</c>: read with their steps (viewer); create, replace, delete (admin: activities are setup,
/// like BC's Activity table); assign to a target (marketing), which creates one task per step.
/// </summary>
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
        group.MapPost("/", async (ActivityRequest body, ActivityService activities, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(body.Code)) throw new ApiValidationException(nameof(ActivityRequest.Code), "is required.");
            if (await activities.FindAsync(body.Code, ct) is not null) throw new ApiConflictException($"Activity '{body.Code}' already exists; PUT /api/activities/{body.Code} replaces it.");
            await activities.SaveAsync(ToActivity(body.Code, body), ct);
            return Results.Created($"/api/activities/{body.Code}", await activities.FindAsync(body.Code, ct));
        }).RequireAuthorization(Roles.Admin);
        group.MapPut("/{code}", async (string code, ActivityRequest body, ActivityService activities, CancellationToken ct) =>
        {
            if (body.Code is not null && body.Code != code) throw new ApiValidationException(nameof(ActivityRequest.Code), $"'{body.Code}' differs from the route's '{code}'.");
            if (await activities.FindAsync(code, ct) is null) return ApiProblems.NotFound("Activity", code);
            await activities.SaveAsync(ToActivity(code, body), ct);
            return Results.Ok(await activities.FindAsync(code, ct));
        }).RequireAuthorization(Roles.Admin);
        group.MapDelete("/{code}", async (string code, ActivityService activities, CancellationToken ct) =>
            await activities.DeleteAsync(code, ct) ? Results.NoContent() : ApiProblems.NotFound("Activity", code))
            .RequireAuthorization(Roles.Admin);
        group.MapPost("/{code}/assign", async (string code, ActivityAssignmentRequest body, ActivityService activities, CancellationToken ct) =>
        {
            if (await activities.FindAsync(code, ct) is null) return ApiProblems.NotFound("Activity", code);
            var result = await activities.AssignAsync(new ActivityAssignment(code, body.Target!.Value, body.TargetCode!, body.StartDate!.Value, body.CampaignNo, body.SalespersonCode), ct);
            return Results.Ok(result);
        }).RequireAuthorization(Roles.Marketing);
        return group;
    }

    private static Activity ToActivity(string code, ActivityRequest body)
    {
        var activity = new Activity { Code = code, Description = body.Description ?? "" };
        activity.Steps.AddRange(body.Steps.Select(s => new ActivityStep
        {
            ActivityCode = code, StepNo = s.StepNo, Type = s.Type, Priority = s.Priority, Description = s.Description, DateFormula = s.DateFormula,
        }));
        return activity;
    }
}
