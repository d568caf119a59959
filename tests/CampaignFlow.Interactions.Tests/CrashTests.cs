using CampaignFlow.Testing;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Tests;

/// <summary>
/// `campaignflow deliver` killed mid-batch, then run again: every letter is delivered exactly once (one PDF per delivery key,
/// every outbox row Delivered once, the print batch complete: every letter in it exactly once, in line order).
/// Each letter goes to its own contact ("Reader 0001", …) so the print batch's text shows which letters it holds.
/// </summary>
public sealed class CrashTests
{
    private const int Letters = 400;

    [Fact]
    public async Task A_delivery_run_killed_mid_batch_and_restarted_delivers_every_letter_exactly_once()
    {
        await using var scenario = await Scenario.CreateAsync(["letter"]);
        var readers = await AddReadersAsync(scenario, Letters);
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", readers.Select(r => r.No));
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
        AssertPrintBatchHoldsEachLetterOnce(scenario, "LS00000001", readers.Select(r => r.Name).ToList());
    }

    [Fact]
    public async Task A_print_batch_that_could_not_be_written_is_written_when_its_last_letters_are_retried()
    {
        const int letters = 10;
        await using var scenario = await Scenario.CreateAsync(["letter"]);
        var readers = await AddReadersAsync(scenario, letters);
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", readers.Select(r => r.No));
        await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING");
        // A directory where the print file goes: merging the batch fails (as a crash or a full disk would leave it unwritten).
        var printFile = Path.Combine(scenario.LetterFolder, "LS00000001.print-0001.pdf");
        Directory.CreateDirectory(printFile);

        var first = await scenario.Delivery.ProcessBatchAsync("worker-1");

        Assert.Equal(letters, first.Processed);
        Assert.InRange(first.Retrying, 1, letters); // the batch is owed: the rows that would have closed it are still open
        Assert.Equal(first.Retrying, await scenario.Delivery.CountOpenAsync());
        Directory.Delete(printFile);

        await scenario.Delivery.RunUntilEmptyAsync(1);

        Assert.All(await scenario.DeliveriesAsync(), r => Assert.Equal(DeliveryState.Delivered, r.State));
        AssertPrintBatchHoldsEachLetterOnce(scenario, "LS00000001", readers.Select(r => r.Name).ToList());
    }

    /// <summary>Persons "Reader 0001", … (English, hard copy, an address each) at the scenario's company.</summary>
    private static async Task<List<Contact>> AddReadersAsync(Scenario scenario, int count)
    {
        await using var db = scenario.Open();
        var company = await db.Contacts.SingleAsync(c => c.No == "CT100");
        var readers = Enumerable.Range(1, count).Select(i =>
        {
            var person = Contact.NewPerson(string.Create(CultureInfo.InvariantCulture, $"CR{i:D5}"), string.Create(CultureInfo.InvariantCulture, $"Reader {i:D4}"), company);
            person.LanguageCode = "EN";
            person.CorrespondenceType = CorrespondenceType.HardCopy;
            person.Address = "Reading Lane " + i.ToString(CultureInfo.InvariantCulture);
            person.City = "London";
            person.SalespersonCode = "OF";
            return person;
        }).ToList();
        db.Contacts.AddRange(readers);
        await db.SaveChangesAsync();
        return readers;
    }

    /// <summary>The print batch (read back with pdftotext) holds each reader's letter once, in line order, and nothing else.</summary>
    private static void AssertPrintBatchHoldsEachLetterOnce(Scenario scenario, string batchId, IReadOnlyList<string> namesInLineOrder)
    {
        var printFile = Path.Combine(scenario.LetterFolder, batchId + ".print-0001.pdf");
        var oneLetter = Pdf.ToText(Directory.GetFiles(Path.Combine(scenario.LetterFolder, batchId), "*.pdf").Order(StringComparer.Ordinal).First());
        var perLetter = Regex.Matches(oneLetter, @"Reader \d{4}\b").Count;
        Assert.True(perLetter > 0, "a letter does not show its reader's name: " + oneLetter);
        Assert.Equal(namesInLineOrder.Count, Pdf.PageCount(printFile));
        var names = Regex.Matches(Pdf.ToText(printFile), @"Reader \d{4}\b").Select(m => m.Value).ToList();
        Assert.Equal(namesInLineOrder.Count * perLetter, names.Count);
        Assert.Equal(namesInLineOrder, names.Chunk(perLetter).Select(letter => Assert.Single(letter.Distinct())).ToList());
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
