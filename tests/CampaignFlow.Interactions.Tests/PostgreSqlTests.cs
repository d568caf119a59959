using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CampaignFlow.Interactions.Tests;

/// <summary>
/// Log Segment and letter delivery on a real PostgreSQL server (Debian's postgresql, a private cluster): the prepared
/// inserts, the outbox claims and the result writes run on the provider production uses, not only on SQLite.
/// </summary>
public sealed class PostgreSqlTests
{
    private const int Lines = 60;

    [Fact]
    public async Task Log_Segment_and_letter_delivery_run_on_PostgreSQL()
    {
        await using var server = await PostgreSqlServer.StartAsync();
        var database = "cf_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server.ConnectionString("postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin);
            await create.ExecuteNonQueryAsync();
        }

        await using var scenario = await Scenario.CreateAsync(["letter"], new()
        {
            ["Storage:Provider"] = "PostgreSql",
            ["Storage:ConnectionString"] = server.ConnectionString(database),
            ["Interactions:LogBatchSize"] = "100", // several batches (multi-row inserts and their remainders)
            ["Interactions:ClaimBatchSize"] = "7",
        });
        var contacts = Enumerable.Range(0, Lines).Select(i => Scenario.Persons[i % Scenario.Persons.Length].No).ToList();
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", contacts);

        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true, CreateFollowUpSegment = true }, "MARKETING");
        var summary = await scenario.Delivery.RunUntilEmptyAsync(2);

        Assert.Equal(Lines, result.InteractionCount);
        Assert.Equal(Lines, result.DeliveryCount);
        Assert.Equal(Lines, summary.Delivered);
        Assert.Equal(0, summary.Failed + summary.Retrying);
        await using (var db = scenario.Open())
        {
            Assert.True(db.Database.IsNpgsql());
            Assert.Equal(1, await db.LoggedSegments.CountAsync());
            Assert.Equal(1, await db.CampaignEntries.CountAsync(e => e.CampaignNo == "CP0001"));
            Assert.False(await db.Segments.AnyAsync(s => s.No == "SM0001")); // the logged segment was removed
            Assert.NotNull(result.FollowUpSegmentNo);
            Assert.Equal(Lines, await db.SegmentLines.CountAsync(l => l.SegmentNo == result.FollowUpSegmentNo));
        }

        var entries = await scenario.EntriesAsync(result.LoggedSegmentEntryNo);
        Assert.Equal(contacts, entries.Select(e => e.ContactNo));
        Assert.All(entries, e => Assert.Equal(DeliveryStatus.Delivered, e.DeliveryStatus));
        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal(DeliveryState.Delivered, d.State));
        Assert.Equal(Lines, entries.Select(e => e.AttachmentReference).Distinct().Count(File.Exists));
        var printBatch = Path.Combine(scenario.LetterFolder, "LS00000001.print-0001.pdf");
        Assert.Equal(Lines, Pdf.PageCount(printBatch));
        var text = Pdf.ToText(printBatch);
        foreach (var (_, name, _, _) in Scenario.Persons)
            Assert.Equal(Lines / Scenario.Persons.Length, text.Split("\f").Count(page => page.Contains(name, StringComparison.Ordinal)));
    }
}
