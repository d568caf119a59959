using CampaignFlow.Testing;
using System.Diagnostics;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Tests;

/// <summary>
/// `campaignflow deliver` killed mid-batch, then run again: every letter is delivered exactly once (one PDF per delivery key,
/// every outbox row Delivered once, the print batch complete).
/// </summary>
public sealed class CrashTests
{
    private const int Letters = 400;

    [Fact]
    public async Task A_delivery_run_killed_mid_batch_and_restarted_delivers_every_letter_exactly_once()
    {
        await using var scenario = await Scenario.CreateAsync(["letter"]);
        var contacts = Enumerable.Range(0, Letters).Select(i => Scenario.Persons[i % Scenario.Persons.Length].No);
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", contacts);
        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING");
        Assert.Equal(Letters, result.DeliveryCount);

        await using (var first = StartDeliver(scenario))
        {
            var watch = Stopwatch.StartNew();
            while (await DeliveredAsync(scenario) < 40)
            {
                Assert.False(first.HasExited, "the first run ended before it could be killed: " + first.Output);
                Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "no letters delivered: " + first.Output);
                await Task.Delay(20);
            }

            first.Kill(); // SIGKILL: no graceful release of claims
        }

        var afterCrash = await DeliveredAsync(scenario);
        Assert.InRange(afterCrash, 40, Letters - 1);
        await using (var second = StartDeliver(scenario))
        {
            var exit = await second.WaitForExitAsync(TimeSpan.FromMinutes(4));
            Assert.True(exit == 0, second.Output);
        }

        var rows = await scenario.DeliveriesAsync();
        Assert.Equal(Letters, rows.Count);
        Assert.All(rows, r => Assert.Equal(DeliveryState.Delivered, r.State));
        var letters = Directory.GetFiles(Path.Combine(scenario.LetterFolder, "LS00000001"), "*.pdf");
        Assert.Equal(Letters, letters.Length); // one file per delivery key: a letter re-sent after the crash overwrote itself
        Assert.Equal(rows.Select(r => new Plugins.Abstractions.DeliveryId(r.LoggedSegmentEntryNo, r.LineNo) + ".pdf").Order(),
            letters.Select(Path.GetFileName).Order());
        var entries = await scenario.EntriesAsync(result.LoggedSegmentEntryNo);
        Assert.All(entries, e => Assert.Equal(DeliveryStatus.Delivered, e.DeliveryStatus));
        Assert.Equal(Letters, entries.Select(e => e.AttachmentReference).Distinct().Count());
        Assert.Equal(Letters, Pdf.PageCount(Path.Combine(scenario.LetterFolder, "LS00000001.print-0001.pdf")));
    }

    private static async Task<int> DeliveredAsync(Scenario scenario)
    {
        await using var db = scenario.Open();
        return await db.Deliveries.CountAsync(d => d.State == DeliveryState.Delivered);
    }

    private static ChildProcess StartDeliver(Scenario scenario)
    {
        var args = new List<string> { "deliver", "--database", scenario.Store.FilePath, "--until-empty", "--workers", "2" };
        var settings = Scenario.PluginSettings(scenario.Root);
        settings["Interactions:ClaimBatchSize"] = "25";
        settings["Interactions:LeaseDuration"] = "00:00:03";
        settings["Interactions:PollInterval"] = "00:00:00.200";
        args.AddRange(settings.Select(s => $"--{s.Key}={s.Value}"));
        return ChildProcess.Start(scenario.Root, args);
    }
}
