using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Api.Sales;

/// <summary><c>/api/teams</c>: read (viewer); set up with members (admin).</summary>
public static class TeamsApi
{
    public static RouteGroupBuilder MapTeamsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/teams").WithTags("Teams");
        group.MapGet("/", async (CampaignFlowDbContext db, CancellationToken ct) =>
            (await db.Teams.AsNoTracking().Include(t => t.Members).OrderBy(t => t.Code).ToListAsync(ct)).Select(TeamDto.From).ToList())
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
            await db.Teams.AsNoTracking().Include(t => t.Members).SingleOrDefaultAsync(t => t.Code == code, ct) is { } t ? Results.Ok(TeamDto.From(t)) : ApiProblems.NotFound("Team", code))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/", async (TeamRequest request, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (await db.Teams.AnyAsync(t => t.Code == request.Code, ct)) throw new ApiConflictException($"Team '{request.Code}' already exists.");
            var team = new Team { Code = request.Code! };
            await ApplyAsync(team, request, db, ct);
            db.Teams.Add(team);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/teams/{Uri.EscapeDataString(team.Code)}", TeamDto.From(team));
        }).RequireAuthorization(Roles.Admin);
        group.MapPut("/{code}", async (string code, TeamRequest request, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            if (request.Code != code) throw new ApiValidationException(nameof(TeamRequest.Code), $"'{request.Code}' differs from the team in the address ('{code}').");
            var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.Code == code, ct);
            if (team is null) return ApiProblems.NotFound("Team", code);
            await ApplyAsync(team, request, db, ct);
            await db.SaveChangesAsync(ct);
            return Results.Ok(TeamDto.From(team));
        }).RequireAuthorization(Roles.Admin);
        group.MapDelete("/{code}", async (string code, CampaignFlowDbContext db, CancellationToken ct) =>
        {
            var team = await db.Teams.Include(t => t.Members).SingleOrDefaultAsync(t => t.Code == code, ct);
            if (team is null) return ApiProblems.NotFound("Team", code);
            db.Teams.Remove(team);
            await db.SaveChangesAsync(ct);
            return Results.NoContent();
        }).RequireAuthorization(Roles.Admin);
        return group;
    }

    private static async Task ApplyAsync(Team team, TeamRequest request, CampaignFlowDbContext db, CancellationToken ct)
    {
        team.Name = request.Name!;
        var wanted = request.Members ?? [];
        var known = await db.Salespeople.AsNoTracking().Where(s => wanted.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct);
        var index = 0;
        foreach (var code in wanted)
        {
            if (!known.Contains(code)) throw new ApiValidationException($"Members[{index}]", $"salesperson '{code}' does not exist.");
            index++;
        }
        team.Members.RemoveAll(m => !wanted.Contains(m.SalespersonCode));
        foreach (var code in wanted.Where(w => !team.Members.Exists(m => m.SalespersonCode == w)))
            team.Members.Add(new TeamMember { TeamCode = team.Code, SalespersonCode = code });
    }
}
