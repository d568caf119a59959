using CampaignFlow.Campaigns.Campaigns;
using CampaignFlow.Campaigns.Statistics;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using static CampaignFlow.Campaigns.Tests.PricingWorld;

namespace CampaignFlow.Campaigns.Tests;

/// <summary>
/// A hand-computed fixture. Counted entries of CP0001 (not canceled, not postponed):
/// E1 target, 1.25/5, SM1, Email delivered; E2 target, 1.25/5, SM1, Email error; E3 target, 2.50/10, SM1, letter
/// delivered; E6 response, 0.50/3, SM2; E7 response, 0.75/2.5, SM2, dated after April.
/// Not counted: E4 canceled, E5 postponed (100 each), E8 another campaign.
/// Contacted 3, responded 2, rate 66.7 %, cost 6.25, avg 3.13 (3.125 rounded), duration 25.5, avg 12.75.
/// </summary>
public class CampaignStatisticsTests
{
    private static readonly DateOnly April = new(2026, 4, 10);

    [Fact]
    public async Task Statistics_match_the_hand_computed_fixture()
    {
        await using var world = await WorldAsync();

        var stats = await world.Statistics.GetAsync("CP0001");

        Assert.Equal(new CampaignStatistics("CP0001", null, 3, 2, 66.7m, 6.25m, 3.13m, 25.5m, 12.75m, 5), stats);
    }

    [Fact]
    public async Task A_date_filter_limits_the_entries()
    {
        await using var world = await WorldAsync();
        var dates = new DateRange(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30));

        var stats = await world.Statistics.GetAsync("CP0001", dates);
        var none = await world.Statistics.GetAsync("CP0001", new DateRange(new DateOnly(2027, 1, 1), null));

        Assert.Equal(new CampaignStatistics("CP0001", dates, 3, 1, 33.3m, 5.5m, 5.5m, 23m, 23m, 4), stats);
        Assert.Equal((0, 0, 0m, 0m, 0m), (none.TargetContactsContacted, none.ContactsResponded, none.ResponseRatePct, none.CostLcy, none.AvgCostPerResponse));
    }

    [Fact]
    public async Task Statistics_per_segment()
    {
        await using var world = await WorldAsync();

        var bySegment = await world.Statistics.GetBySegmentAsync("CP0001");

        Assert.Equal(["SM1", "SM2"], bySegment.Select(s => s.SegmentNo));
        Assert.Equal((3, 0, 0m, 5m, 20m), Pick(bySegment[0].Statistics));
        Assert.Equal((0, 2, 0m, 1.25m, 5.5m), Pick(bySegment[1].Statistics));
        Assert.Equal(0.63m, bySegment[1].Statistics.AvgCostPerResponse); // 0.625 rounds away from zero
        Assert.Equal(2.75m, bySegment[1].Statistics.AvgDurationPerResponse);
    }

    [Fact]
    public async Task Delivered_and_failed_counts_per_channel()
    {
        await using var world = await WorldAsync();

        var channels = await world.Statistics.GetByChannelAsync("CP0001");

        Assert.Equal(
        [
            new ChannelStatistics(CorrespondenceType.None, 2, 0, 0, 0, 2),
            new ChannelStatistics(CorrespondenceType.HardCopy, 1, 1, 0, 0, 0),
            new ChannelStatistics(CorrespondenceType.Email, 2, 1, 1, 0, 0),
        ], channels);
    }

    [Fact]
    public async Task Statistics_of_an_unknown_campaign_are_an_error()
    {
        await using var world = await WorldAsync();

        var error = await Assert.ThrowsAsync<DomainException>(() => world.Statistics.GetAsync("CP9999"));

        Assert.Contains("'CP9999'", error.Message, StringComparison.Ordinal);
        Assert.Contains("no such campaign", error.Message, StringComparison.Ordinal);
    }

    private static (int, int, decimal, decimal, decimal) Pick(CampaignStatistics s) =>
        (s.TargetContactsContacted, s.ContactsResponded, s.ResponseRatePct, s.CostLcy, s.DurationMin);

    private static async Task<PricingWorld> WorldAsync()
    {
        var world = await CreateAsync();
        await world.Campaigns.CreateAsync(new CampaignDetails("Salon FUTURUS", Start, End));
        await world.Campaigns.CreateAsync(new CampaignDetails("Other"));
        await using var db = world.Store.Open();
        db.InteractionLogEntries.AddRange(
            Entry("CT101", "CP0001", April, 1.25m, 5, "SM1", target: true, channel: CorrespondenceType.Email, status: DeliveryStatus.Delivered),
            Entry("CT201", "CP0001", April, 1.25m, 5, "SM1", target: true, channel: CorrespondenceType.Email, status: DeliveryStatus.Error),
            Entry("CT301", "CP0001", April, 2.50m, 10, "SM1", target: true, channel: CorrespondenceType.HardCopy, status: DeliveryStatus.Delivered),
            Entry("CT101", "CP0001", April, 100m, 100, "SM1", target: true, canceled: true),
            Entry("CT201", "CP0001", April, 100m, 100, "SM1", target: true, response: true, postponed: true),
            Entry("CT101", "CP0001", April, 0.50m, 3, "SM2", response: true),
            Entry("CT201", "CP0001", new DateOnly(2026, 5, 10), 0.75m, 2.5m, "SM2", response: true),
            Entry("CT301", "CP0002", April, 9m, 9, "SM3", target: true, response: true));
        await db.SaveChangesAsync();
        return world;
    }

    private static InteractionLogEntry Entry(string contactNo, string campaignNo, DateOnly date, decimal cost, decimal duration, string segmentNo,
        bool target = false, bool response = false, bool canceled = false, bool postponed = false,
        CorrespondenceType channel = CorrespondenceType.None, DeliveryStatus status = DeliveryStatus.None) =>
        new()
        {
            ContactNo = contactNo, Date = date, Description = "Merci de votre visite au salon", CampaignNo = campaignNo, Cost = cost, DurationMin = duration,
            SegmentNo = segmentNo, CampaignTarget = target, CampaignResponse = response, Canceled = canceled, Postponed = postponed,
            CorrespondenceType = channel, DeliveryStatus = status,
        };
}
