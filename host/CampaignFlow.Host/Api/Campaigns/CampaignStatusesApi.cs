using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Campaigns;

/// <summary><c>/api/campaign-statuses</c>: the status codes workflows move campaigns through; read (viewer), set up (admin).</summary>
public static class CampaignStatusesApi
{
    public static RouteGroupBuilder MapCampaignStatusesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/campaign-statuses").WithTags("Campaign statuses");
        group.MapGet("/", async (CampaignFlowDbContext db, CancellationToken ct) => await db.CampaignStatuses.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.CampaignStatuses.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct) is { } s ? Results.Ok(s) : ApiProblems.NotFound("Campaign status", code))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/", async (CampaignStatusRequest request, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (await db.CampaignStatuses.AnyAsync(s => s.Code == request.Code, ct)) throw new ApiConflictException($"Campaign status '{request.Code}' already exists.");
            var status = new CampaignStatus { Code = request.Code!, Description = request.Description! };
            db.CampaignStatuses.Add(status);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/campaign-statuses/{Uri.EscapeDataString(status.Code)}", status);
        }).RequireAuthorization(Roles.Admin);
        group.MapPut("/{code}", async (string code, CampaignStatusRequest request, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (request.Code != code) throw new ApiValidationException(nameof(CampaignStatusRequest.Code), $"'{request.Code}' differs from the status in the address ('{code}').");
            var status = await db.CampaignStatuses.SingleOrDefaultAsync(s => s.Code == code, ct);
            if (status is null) return ApiProblems.NotFound("Campaign status", code);
            status.Description = request.Description!;
            await db.SaveChangesAsync(ct);
            return Results.Ok(status);
        }).RequireAuthorization(Roles.Admin);
        group.MapDelete("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (!await db.CampaignStatuses.AnyAsync(s => s.Code == code, ct)) return ApiProblems.NotFound("Campaign status", code);
            if (await db.Campaigns.AnyAsync(c => c.StatusCode == code, ct)) throw new ApiConflictException($"Campaign status '{code}' is used by campaigns.");
            await db.CampaignStatuses.Where(s => s.Code == code).ExecuteDeleteAsync(ct);
            return Results.NoContent();
        }).RequireAuthorization(Roles.Admin);
        return group;
    }
}
