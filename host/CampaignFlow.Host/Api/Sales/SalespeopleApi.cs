using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Sales;

/// <summary><c>/api/salespeople</c>: read (viewer); set up (admin).</summary>
public static class SalespeopleApi
{
    public static RouteGroupBuilder MapSalespeopleApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/salespeople").WithTags("Salespeople");
        group.MapGet("/", async (CampaignFlowDbContext db, CancellationToken ct) => await db.Salespeople.AsNoTracking().OrderBy(s => s.Code).ToListAsync(ct))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.Salespeople.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct) is { } s ? Results.Ok(s) : ApiProblems.NotFound("Salesperson", code))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/", async (SalespersonRequest request, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (await db.Salespeople.AnyAsync(s => s.Code == request.Code, ct)) throw new ApiConflictException($"Salesperson '{request.Code}' already exists.");
            var salesperson = Apply(new Salesperson { Code = request.Code! }, request);
            db.Salespeople.Add(salesperson);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/salespeople/{Uri.EscapeDataString(salesperson.Code)}", salesperson);
        }).RequireAuthorization(Roles.Admin);
        group.MapPut("/{code}", async (string code, SalespersonRequest request, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (request.Code != code) throw new ApiValidationException(nameof(SalespersonRequest.Code), $"'{request.Code}' differs from the salesperson in the address ('{code}').");
            var salesperson = await db.Salespeople.SingleOrDefaultAsync(s => s.Code == code, ct);
            if (salesperson is null) return ApiProblems.NotFound("Salesperson", code);
            Apply(salesperson, request);
            await db.SaveChangesAsync(ct);
            return Results.Ok(salesperson);
        }).RequireAuthorization(Roles.Admin);
        group.MapDelete("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (!await db.Salespeople.AnyAsync(s => s.Code == code, ct)) return ApiProblems.NotFound("Salesperson", code);
            if (await db.Contacts.AnyAsync(c => c.SalespersonCode == code, ct) || await db.Campaigns.AnyAsync(c => c.SalespersonCode == code, ct))
                throw new ApiConflictException($"Salesperson '{code}' is still assigned to contacts or campaigns; block them instead.");
            await db.Salespeople.Where(s => s.Code == code).ExecuteDeleteAsync(ct);
            return Results.NoContent();
        }).RequireAuthorization(Roles.Admin);
        return group;
    }

    private static Salesperson Apply(Salesperson salesperson, SalespersonRequest request)
    {
        salesperson.Name = request.Name!;
        salesperson.Email = request.Email;
        salesperson.PhoneNo = request.PhoneNo;
        salesperson.Blocked = request.Blocked ?? false;
        return salesperson;
    }
}
