using CampaignFlow.Domain;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Tests;

/// <summary>BC's cascade: logged segment → campaign entries → interaction entries; only canceled records can be deleted.</summary>
public sealed class CancelAndDeleteTests
{
    private static async Task<(Scenario Scenario, LogSegmentResult Result)> LoggedWithTwoCampaignsAsync()
    {
        var scenario = await Scenario.CreateAsync([]);
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", ["CT101", "CT102", "CT103", "CT104"],
            line: l => l.CampaignNo = l.LineNo <= 20000 ? "CP0001" : "CP0002");
        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING");
        return (scenario, result);
    }

    /// <summary>Canceled flags as "logged segment|campaign entries|interactions", C = canceled, - = not.</summary>
    private static async Task<string> CanceledFlagsAsync(Scenario scenario)
    {
        await using var db = scenario.Open();
        static string Flags(IEnumerable<bool> flags) => string.Concat(flags.Select(f => f ? 'C' : '-'));
        return string.Join('|', Flags([await db.LoggedSegments.Select(l => l.Canceled).SingleAsync()]),
            Flags(await db.CampaignEntries.OrderBy(c => c.EntryNo).Select(c => c.Canceled).ToArrayAsync()),
            Flags(await db.InteractionLogEntries.OrderBy(c => c.EntryNo).Select(c => c.Canceled).ToArrayAsync()));
    }

    [Fact]
    public async Task Canceling_a_logged_segment_cascades_and_uncanceling_reverts()
    {
        var (scenario, result) = await LoggedWithTwoCampaignsAsync();
        await using var _ = scenario;
        Assert.Equal(2, result.CampaignEntryNos.Count);

        await scenario.Log.SetLoggedSegmentCanceledAsync(result.LoggedSegmentEntryNo, true);
        Assert.Equal("C|CC|CCCC", await CanceledFlagsAsync(scenario));

        await scenario.Log.SetLoggedSegmentCanceledAsync(result.LoggedSegmentEntryNo, false);
        Assert.Equal("-|--|----", await CanceledFlagsAsync(scenario));
    }

    [Fact]
    public async Task Canceling_a_campaign_entry_cancels_its_interactions_only_and_a_single_interaction_alone()
    {
        var (scenario, result) = await LoggedWithTwoCampaignsAsync();
        await using var _ = scenario;

        await scenario.Log.SetCampaignEntryCanceledAsync(result.CampaignEntryNos["CP0002"], true);
        Assert.Equal("-|-C|--CC", await CanceledFlagsAsync(scenario));

        var first = (await scenario.EntriesAsync(result.LoggedSegmentEntryNo))[0].EntryNo;
        await scenario.Log.SetInteractionCanceledAsync(first, true);
        Assert.Equal("-|-C|C-CC", await CanceledFlagsAsync(scenario));
    }

    [Fact]
    public async Task Only_canceled_records_can_be_deleted_and_deleting_cascades()
    {
        var (scenario, result) = await LoggedWithTwoCampaignsAsync();
        await using var _ = scenario;
        var entries = await scenario.EntriesAsync(result.LoggedSegmentEntryNo);
        var before = await scenario.CountsAsync();

        Assert.Contains("only canceled logged segments", (await Assert.ThrowsAsync<DomainException>(() => scenario.Log.DeleteLoggedSegmentAsync(result.LoggedSegmentEntryNo))).Message, StringComparison.Ordinal);
        Assert.Contains("only canceled campaign entries", (await Assert.ThrowsAsync<DomainException>(() => scenario.Log.DeleteCampaignEntryAsync(result.CampaignEntryNos["CP0001"]))).Message, StringComparison.Ordinal);
        Assert.Contains("only canceled interaction log entries", (await Assert.ThrowsAsync<DomainException>(() => scenario.Log.DeleteInteractionAsync(entries[0].EntryNo))).Message, StringComparison.Ordinal);
        Assert.Equal(before, await scenario.CountsAsync());

        await scenario.Log.SetInteractionCanceledAsync(entries[3].EntryNo, true);
        await scenario.Log.DeleteInteractionAsync(entries[3].EntryNo);
        Assert.Equal((1, 2, 3, 3), await Counts(scenario));

        await scenario.Log.SetCampaignEntryCanceledAsync(result.CampaignEntryNos["CP0001"], true);
        await scenario.Log.DeleteCampaignEntryAsync(result.CampaignEntryNos["CP0001"]);
        Assert.Equal((1, 1, 1, 1), await Counts(scenario));

        await scenario.Log.SetLoggedSegmentCanceledAsync(result.LoggedSegmentEntryNo, true);
        await scenario.Log.DeleteLoggedSegmentAsync(result.LoggedSegmentEntryNo);
        Assert.Equal((0, 0, 0, 0), await Counts(scenario));
        Assert.Empty(await scenario.Log.ListLoggedSegmentsAsync());

        static async Task<(int, int, int, int)> Counts(Scenario s)
        {
            var c = await s.CountsAsync();
            return (c.LoggedSegments, c.CampaignEntries, c.Interactions, c.Deliveries);
        }
    }

    [Fact]
    public async Task The_lists_show_logged_segments_with_counts_and_filtered_interactions()
    {
        var (scenario, result) = await LoggedWithTwoCampaignsAsync();
        await using var _ = scenario;

        var logged = Assert.Single(await scenario.Log.ListLoggedSegmentsAsync());
        Assert.Equal((result.LoggedSegmentEntryNo, "SM0001", 4, 2, 4, 0), (logged.EntryNo, logged.SegmentNo, logged.NoOfInteractions, logged.NoOfCampaignEntries, logged.DeliveriesInProgress, logged.DeliveryErrors));
        Assert.Equal(2, (await scenario.Log.ListInteractionsAsync(new InteractionLogQuery { CampaignNo = "CP0002" })).Count);
        Assert.Single(await scenario.Log.ListInteractionsAsync(new InteractionLogQuery { ContactNo = "CT103" }));
        Assert.Single(await scenario.Log.ListCampaignEntriesAsync("CP0001"));
    }
}
