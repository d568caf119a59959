using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using CampaignFlow.Workflows.Hosting;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Workflows;

/// <summary>
/// Workflows: definitions (viewer reads; admin validates and imports), a campaign's instances (viewer reads; marketing
/// starts, sends events, cancels, retries). An unknown instance is 404; an event nothing takes is reported as the
/// outcome "Unhandled" (200), not as an error; a refused trigger (already running, instance finished) is 409.
/// </summary>
public static class WorkflowsApi
{
    public static RouteGroupBuilder MapWorkflowsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var workflows = api.MapGroup("/workflows").WithTags("Workflows");
        workflows.MapGet("/definitions", (WorkflowService service) =>
            Results.Ok(service.ListDefinitions().OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version).Select(WorkflowDefinitionSummary.From)))
            .RequireAuthorization(Roles.Viewer);
        workflows.MapPost("/validate", async (HttpRequest request, WorkflowService service, CancellationToken ct) =>
        {
            var json = await RawBody.ReadAsync(request, ct);
            var errors = await service.ValidateAsync(json, "(request body)", ct);
            return Results.Ok(new WorkflowValidationResponse(errors.Count == 0, errors));
        }).RequireAuthorization(Roles.Admin).Accepts<string>("application/json");
        workflows.MapPost("/definitions/import", async (WorkflowService service, CancellationToken ct) =>
            Results.Ok(await service.ImportDefinitionsAsync(ct))).RequireAuthorization(Roles.Admin);

        var campaign = api.MapGroup("/campaigns/{no}/workflow").WithTags("Workflows");
        campaign.MapGet("/", async (string no, CampaignFlowDbContext db, WorkflowService service, CancellationToken ct) =>
            await CampaignExistsAsync(db, no, ct) ? Results.Ok(await service.ListByCampaignAsync(no, ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);
        campaign.MapPost("/", async (string no, StartWorkflowRequest body, CampaignFlowDbContext db, WorkflowService service, CancellationToken ct) =>
        {
            if (!await CampaignExistsAsync(db, no, ct)) return ApiProblems.NotFound("Campaign", no);
            if (!service.ListDefinitions().Any(d => d.Id == body.WorkflowId && (body.Version is null || d.Version == body.Version)))
                throw new ApiValidationException(nameof(StartWorkflowRequest.WorkflowId),
                    $"workflow '{body.WorkflowId}'{(body.Version is null ? "" : $" version {body.Version}")} is not loaded.");
            return Answer(await service.StartAsync(no, body.WorkflowId!, body.Version, ct), created: true);
        }).RequireAuthorization(Roles.Marketing);

        var instances = api.MapGroup("/workflow-instances").WithTags("Workflows");
        instances.MapGet("/{id:guid}", async (Guid id, WorkflowService service, CancellationToken ct) =>
            await service.GetAsync(id, ct) is { } instance ? Results.Ok(instance) : ApiProblems.NotFound("Workflow instance", id))
            .RequireAuthorization(Roles.Viewer);
        instances.MapPost("/{id:guid}/events/{name}", async (Guid id, string name, HttpRequest request, WorkflowService service, CancellationToken ct) =>
        {
            var payload = await RawBody.ReadOptionalJsonAsync(request, "payload", ct);
            return await TriggerAsync(id, () => service.SendEventAsync(id, name, payload, ct));
        }).RequireAuthorization(Roles.Marketing).Accepts<object>("application/json");
        instances.MapPost("/{id:guid}/cancel", (Guid id, string? reason, WorkflowService service, CancellationToken ct) =>
            TriggerAsync(id, () => service.CancelAsync(id, reason, ct))).RequireAuthorization(Roles.Marketing);
        instances.MapPost("/{id:guid}/retry", (Guid id, WorkflowService service, CancellationToken ct) =>
            TriggerAsync(id, () => service.RetryAsync(id, ct))).RequireAuthorization(Roles.Marketing);
        return workflows;
    }

    private static Task<bool> CampaignExistsAsync(CampaignFlowDbContext db, string no, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().AnyAsync(c => c.No == no, ct);

    private static async Task<IResult> TriggerAsync(Guid id, Func<Task<WorkflowTriggerResult>> trigger)
    {
        try
        {
            return Answer(await trigger(), created: false);
        }
        catch (WorkflowInstanceNotFoundException)
        {
            return ApiProblems.NotFound("Workflow instance", id);
        }
    }

    /// <summary>Rejected → 409 with the reason; everything else (including Unhandled and Faulted with its incident) → the outcome.</summary>
    private static IResult Answer(WorkflowTriggerResult result, bool created)
    {
        if (result.Outcome == WorkflowTriggerOutcome.Rejected)
            return ApiProblems.Conflict(result.Message ?? "The workflow refused the request.");
        var response = WorkflowTriggerResponse.From(result);
        return created && result.Instance is { } instance
            ? Results.Created($"/api/workflow-instances/{instance.Id}", response)
            : Results.Ok(response);
    }
}
