using CampaignFlow.Campaigns.Statistics;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Pricing;
using CampaignFlow.Storage;

namespace CampaignFlow.Host.Api.Statistics;

/// <summary><c>/api/campaigns/{no}/statistics</c> (viewer): totals, per segment, per channel; <c>from</c>/<c>to</c> filter the entries' date (inclusive).</summary>
public static class CampaignStatisticsApi
{
    public static RouteGroupBuilder MapCampaignStatisticsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/campaigns/{no}/statistics").WithTags("Campaign statistics");
        group.MapGet("/", async (string no, DateOnly? from, DateOnly? to, CampaignFlowDbContext db, CampaignStatisticsService statistics, CancellationToken ct) =>
            await CampaignPricingApi.ExistsAsync(db, no, ct) ? Results.Ok(await statistics.GetAsync(no, Range(from, to), ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/segments", async (string no, DateOnly? from, DateOnly? to, CampaignFlowDbContext db, CampaignStatisticsService statistics, CancellationToken ct) =>
            await CampaignPricingApi.ExistsAsync(db, no, ct) ? Results.Ok(await statistics.GetBySegmentAsync(no, Range(from, to), ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);
        group.MapGet("/channels", async (string no, DateOnly? from, DateOnly? to, CampaignFlowDbContext db, CampaignStatisticsService statistics, CancellationToken ct) =>
            await CampaignPricingApi.ExistsAsync(db, no, ct) ? Results.Ok(await statistics.GetByChannelAsync(no, Range(from, to), ct)) : ApiProblems.NotFound("Campaign", no))
            .RequireAuthorization(Roles.Viewer);
        return group;
    }

    private static DateRange? Range(DateOnly? from, DateOnly? to)
    {
        if (from is not null && to is not null && from > to) throw new ApiValidationException("From", $"must not be after To ({to:yyyy-MM-dd}).");
        return from is null && to is null ? null : new DateRange(from, to);
    }
}
