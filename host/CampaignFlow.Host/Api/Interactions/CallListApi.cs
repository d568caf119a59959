using CampaignFlow.Domain.Security;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Interactions;

/// <summary>
/// <c>/api/call-list</c>: a salesperson's open phone-call tasks (viewer); recording a call's outcome logs the interaction and
/// closes the task (marketing).
/// </summary>
public static class CallListApi
{
    public static RouteGroupBuilder MapCallListApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/call-list").WithTags("Call list");
        group.MapGet("/", async (string? salesperson, CampaignFlowDbContext db, ICallList calls, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(salesperson)) throw new ApiValidationException("Salesperson", "is required (?salesperson=<code>).");
            if (!await db.Salespeople.AnyAsync(s => s.Code == salesperson, ct)) return ApiProblems.NotFound("Salesperson", salesperson);
            return Results.Ok((await calls.GetCallListAsync(salesperson, ct)).Select(CallTaskDto.From).ToList());
        }).RequireAuthorization(Roles.Viewer);
        group.MapPost("/{taskNo}/outcome", async (string taskNo, CallOutcomeRequest request, IPhoneTaskService tasks, ICallList calls, CancellationToken ct) =>
        {
            var task = await tasks.FindCallTaskAsync(taskNo, ct);
            if (task is null) return ApiProblems.NotFound("Phone-call task", taskNo);
            if (task.Completed) throw new ApiConflictException($"Phone-call task '{taskNo}' is already completed; its outcome was recorded.");
            var entryNo = await calls.RecordOutcomeAsync(taskNo, request.Outcome!.Value, request.Note, ct);
            return Results.Ok(new CallOutcomeResponse(taskNo, request.Outcome.Value, entryNo));
        }).RequireAuthorization(Roles.Marketing);
        return group;
    }
}
