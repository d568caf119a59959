using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Tests;

/// <summary>
/// How far a worker's sends may run ahead of their recorded results: ResultBatchSize for most channels,
/// IdempotentResultBatchSize for a channel whose re-sends are harmless (the letter channel). Recording is made to fail
/// (retried for about 1.5 s before the worker gives up), so the sends stop exactly at the window: the letters a crash at
/// that moment would send again. The window is kept small so its few warm sends fit well within those retries.
/// </summary>
public sealed class ResultWindowTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(3)]
    public async Task Letter_sends_run_ahead_of_their_results_by_the_idempotent_window_and_no_further(int window)
    {
        await using var scenario = await Scenario.CreateAsync(["letter"], new()
        {
            ["Interactions:ResultBatchSize"] = "1",
            ["Interactions:IdempotentResultBatchSize"] = window.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Interactions:SendConcurrency"] = "1",
            ["Interactions:ClaimBatchSize"] = "50",
        });
        var contacts = Enumerable.Repeat(Scenario.Persons.Select(p => p.No), 10).SelectMany(x => x).ToArray(); // 50 lines
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", contacts);
        await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING");
        await using (var db = scenario.Open())
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                CREATE TRIGGER "HoldResults" BEFORE UPDATE OF "State" ON "Deliveries" WHEN NEW."State" = 'Delivered'
                BEGIN SELECT RAISE(ABORT, 'results held by the test'); END
                """);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => scenario.Delivery.ProcessBatchAsync("worker-1"));

        Assert.Equal(window, Directory.GetFiles(Path.Combine(scenario.LetterFolder, "LS00000001"), "*.pdf").Length);
        Assert.Equal(50, (await scenario.DeliveriesAsync()).Count(d => d.State == DeliveryState.InProgress)); // still claimed
    }
}
