using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;

namespace CampaignFlow.Interactions.Tests;

/// <summary>A channel that throws, hangs or is missing: recorded per interaction, retried when transient, never a crash.</summary>
public sealed class ChannelFailureTests
{
    private static async Task<(Scenario, LogSegmentResult)> LetterSegmentThroughFaultyAsync(string mode, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Plugins:faulty:Mode"] = mode, ["Plugins:faulty:Kind"] = "HardCopy", ["Plugins:faulty:Code"] = "faulty-letter",
            ["Plugins:SendTimeout"] = "00:00:00.300", ["Interactions:MaxAttempts"] = "3",
        };
        foreach (var (k, v) in extra ?? []) settings[k] = v;
        var scenario = await Scenario.CreateAsync(["faulty"], settings);
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", ["CT101", "CT102"]);
        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING");
        return (scenario, result);
    }

    [Fact]
    public async Task A_throwing_channel_is_a_permanent_error_on_each_interaction()
    {
        var (scenario, result) = await LetterSegmentThroughFaultyAsync("ThrowOnSend");
        await using var _ = scenario;

        var summary = await scenario.Delivery.RunUntilEmptyAsync(1);

        Assert.Equal((0, 2), (summary.Delivered, summary.Failed));
        Assert.All(await scenario.EntriesAsync(result.LoggedSegmentEntryNo), e =>
        {
            Assert.Equal(DeliveryStatus.Error, e.DeliveryStatus);
            Assert.Contains("threw InvalidOperationException: faulty channel failed on", e.DeliveryError, StringComparison.Ordinal);
        });
        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal((DeliveryState.Failed, 1), (d.State, d.Attempts)));
    }

    [Fact]
    public async Task A_hanging_channel_times_out_is_retried_with_backoff_and_given_up_after_max_attempts()
    {
        var (scenario, result) = await LetterSegmentThroughFaultyAsync("Hang");
        await using var _ = scenario;

        var summary = await scenario.Delivery.RunUntilEmptyAsync(2);

        Assert.Equal((0, 4, 2), (summary.Delivered, summary.Retrying, summary.Failed));
        Assert.All(await scenario.EntriesAsync(result.LoggedSegmentEntryNo), e =>
        {
            Assert.Equal(DeliveryStatus.Error, e.DeliveryStatus);
            Assert.Contains("timeout", e.DeliveryError, StringComparison.Ordinal);
            Assert.Contains("gave up after 3 attempts", e.DeliveryError, StringComparison.Ordinal);
        });
        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal((DeliveryState.Failed, 3), (d.State, d.Attempts)));
    }

    [Fact]
    public async Task A_transient_failure_waits_for_its_backoff_before_the_next_attempt()
    {
        var (scenario, result) = await LetterSegmentThroughFaultyAsync("ThrowIoOnSend", new() { ["Interactions:RetryBaseDelay"] = "01:00:00", ["Interactions:RetryMaxDelay"] = "02:00:00" });
        await using var __ = scenario;

        var first = await scenario.Delivery.ProcessBatchAsync("test");
        var second = await scenario.Delivery.ProcessBatchAsync("test");

        Assert.Equal((2, 0), (first.Retrying, second.Processed)); // not due for an hour
        Assert.All(await scenario.DeliveriesAsync(), d =>
        {
            Assert.Equal((DeliveryState.Pending, 1, null), (d.State, d.Attempts, d.ClaimedBy));
            Assert.InRange(d.NextAttemptAt - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(55), TimeSpan.FromMinutes(61));
            Assert.Contains("faulty disk is full", d.LastError, StringComparison.Ordinal);
        });
        Assert.All(await scenario.EntriesAsync(result.LoggedSegmentEntryNo), e =>
        {
            Assert.Equal(DeliveryStatus.InProgress, e.DeliveryStatus); // still to be delivered; the error says why it is late
            Assert.Contains("faulty disk is full", e.DeliveryError, StringComparison.Ordinal);
        });
        Assert.Equal(TimeSpan.FromHours(2), scenario.Delivery.RetryDelay(5)); // capped
    }

    [Fact]
    public async Task No_channel_for_the_correspondence_type_is_recorded_naming_the_cause()
    {
        await using var scenario = await Scenario.CreateAsync([], new() { ["Interactions:MaxAttempts"] = "1" });
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", ["CT101"]);
        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING");

        await scenario.Delivery.RunUntilEmptyAsync(1);

        var entry = Assert.Single(await scenario.EntriesAsync(result.LoggedSegmentEntryNo));
        Assert.Equal(DeliveryStatus.Error, entry.DeliveryStatus);
        Assert.Contains("Cannot deliver HardCopy: no loaded channel handles HardCopy", entry.DeliveryError, StringComparison.Ordinal);
    }
}
