using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Activities;

/// <summary><c>/api/tasks</c>: read with filters (viewer); close and cancel (marketing).</summary>
public static class TasksApi
{
    public static RouteGroupBuilder MapTasksApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/tasks").WithTags("Tasks");
        group.MapGet("/", (CampaignFlowDbContext db, [AsParameters] TaskQuery query, IOptions<ApiOptions> options, CancellationToken ct) =>
            ListAsync(db, query, options.Value, ct)).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{no}", async (string no, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.Tasks.AsNoTracking().SingleOrDefaultAsync(t => t.No == no, ct) is { } t ? Results.Ok(t) : ApiProblems.NotFound("Task", no))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/{no}/close", async (string no, CampaignFlowDbContext db, TaskService tasks, TimeProvider clock, CancellationToken ct) =>
        {
            if (!await db.Tasks.AnyAsync(t => t.No == no, ct)) return ApiProblems.NotFound("Task", no);
            var next = await tasks.CloseAsync(no, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
            return Results.Ok(new TaskChangeResult(await tasks.FindAsync(no, ct), next));
        }).RequireAuthorization(Roles.Marketing);
        group.MapPost("/{no}/cancel", async (string no, CampaignFlowDbContext db, TaskService tasks, CancellationToken ct) =>
        {
            if (!await db.Tasks.AnyAsync(t => t.No == no, ct)) return ApiProblems.NotFound("Task", no);
            await tasks.CancelAsync(no, ct);
            return Results.Ok(new TaskChangeResult(await tasks.FindAsync(no, ct), null));
        }).RequireAuthorization(Roles.Marketing);
        return group;
    }

    /// <summary>By date, then No.; shared with the web UI.</summary>
    public static Task<Page<SalesTask>> ListAsync(CampaignFlowDbContext db, TaskQuery query, ApiOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var tasks = db.Tasks.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.SalespersonCode)) tasks = tasks.Where(t => t.SalespersonCode == query.SalespersonCode);
        if (!string.IsNullOrWhiteSpace(query.TeamCode)) tasks = tasks.Where(t => t.TeamCode == query.TeamCode);
        if (!string.IsNullOrWhiteSpace(query.CampaignNo)) tasks = tasks.Where(t => t.CampaignNo == query.CampaignNo);
        if (!string.IsNullOrWhiteSpace(query.ContactNo)) tasks = tasks.Where(t => t.ContactNo == query.ContactNo);
        if (query.Status is { } status) tasks = tasks.Where(t => t.Status == status);
        if (query.Open == true) tasks = tasks.Where(t => !t.Closed && !t.Canceled);
        return tasks.OrderBy(t => t.Date).ThenBy(t => t.No).ToPageAsync(query.Page, query.PageSize, options, ct);
    }
}
