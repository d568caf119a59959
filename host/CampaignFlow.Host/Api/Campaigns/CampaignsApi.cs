using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Security;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Api.Campaigns;

/// <summary><c>/api/campaigns</c>: list and card (viewer); create and edit description, dates, salesperson (marketing). No status edits.</summary>
public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaignsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/campaigns").WithTags("Campaigns");
        group.MapGet("/", (CampaignFlowDbContext db, [AsParameters] CampaignQuery query, IOptions<ApiOptions> options, CancellationToken ct) =>
            CampaignQueries.ListAsync(db, query, options.Value, ct)).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{no}", async (string no, CampaignFlowDbContext db) =>
            await CampaignQueries.CardAsync(db, no) is { } card ? Results.Ok(card) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);
        group.MapPost("/", CreateAsync).RequireAuthorization(Roles.Marketing);
        group.MapPut("/{no}", EditAsync).RequireAuthorization(Roles.Marketing);
        return group;
    }

    private static async Task<IResult> CreateAsync(CampaignRequest request, CampaignFlowDbContext db, NumberSeriesAllocator numbers, TimeProvider clock, CancellationToken ct)
    {
        await CheckSalespersonAsync(request.SalespersonCode, null, db, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var no = await numbers.NextAsync(NumberSeries.Campaigns, ct);
        var campaign = Campaign.Create(no, request.Description!, startingDate: request.StartingDate, endingDate: request.EndingDate);
        campaign.SalespersonCode = request.SalespersonCode;
        campaign.LastDateModified = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return Results.Created($"/api/campaigns/{no}", await CampaignQueries.CardAsync(db, no));
    }

    private static async Task<IResult> EditAsync(string no, CampaignRequest request, CampaignFlowDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.No == no, ct);
        if (campaign is null) return ApiProblems.NotFound("Campaign", no);
        // The version the client read becomes the one the UPDATE must still find, so a concurrent edit fails with 409.
        if (request.Version is { } version) db.Entry(campaign).Property(c => c.Version).OriginalValue = version;
        await CheckSalespersonAsync(request.SalespersonCode, campaign.SalespersonCode, db, ct);
        campaign.Description = request.Description!;
        campaign.SetPeriod(request.StartingDate, request.EndingDate);
        campaign.SalespersonCode = request.SalespersonCode;
        campaign.LastDateModified = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return Results.Ok(await CampaignQueries.CardAsync(db, no));
    }

    private static async Task CheckSalespersonAsync(string? code, string? current, CampaignFlowDbContext db, CancellationToken ct)
    {
        if (code is null) return;
        var salesperson = await db.Salespeople.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct)
            ?? throw new ApiValidationException(nameof(CampaignRequest.SalespersonCode), $"salesperson '{code}' does not exist.");
        if (code != current) salesperson.EnsureAssignable();
    }
}
