using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampaignFlow.Domain.Security;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests.Logging;

/// <summary>Log Segment, logged segments, cancel/uncancel/delete, open deliveries, the call list and template syntax over the real host.</summary>
public sealed class LoggingApiTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Logging_a_segment_writes_entries_and_the_follow_up_and_the_list_counts_them()
    {
        var no = await DemoSegments.CreateAsync(host, "Thank-you letter", "BUS", 3);
        using var client = host.Client(Roles.Marketing);
        using var logged = await client.PostAsJsonAsync($"api/segments/{no}/log", new { sendAttachments = true, createFollowUpSegment = true });
        Assert.Equal(HttpStatusCode.OK, logged.StatusCode);
        var result = await logged.Content.ReadFromJsonAsync<JsonElement>();
        var entryNo = result.GetProperty("loggedSegmentEntryNo").GetInt32();
        Assert.Equal(3, result.GetProperty("interactionCount").GetInt32());
        Assert.Equal(1, result.GetProperty("campaignEntryCount").GetInt32());
        Assert.True(result.GetProperty("campaignEntryNos").TryGetProperty("CP0001", out _));
        Assert.Equal(3, result.GetProperty("deliveryCount").GetInt32());
        var followUp = result.GetProperty("followUpSegmentNo").GetString()!;
        Assert.Equal(3, await DemoSegments.ReadAsync(host, db => db.SegmentLines.CountAsync(l => l.SegmentNo == followUp)));
        Assert.False(await DemoSegments.ReadAsync(host, db => db.Segments.AnyAsync(s => s.No == no)));

        var row = await client.GetFromJsonAsync<JsonElement>($"api/logged-segments/{entryNo}");
        Assert.Equal(no, row.GetProperty("segmentNo").GetString());
        Assert.Equal(3, row.GetProperty("noOfInteractions").GetInt32());
        Assert.Equal(1, row.GetProperty("noOfCampaignEntries").GetInt32());
        Assert.True(row.TryGetProperty("deliveriesInProgress", out _));
        Assert.True(row.TryGetProperty("deliveryErrors", out _));
        var list = await client.GetFromJsonAsync<JsonElement>($"api/logged-segments?segmentNo={no}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());

        var open = await client.GetFromJsonAsync<JsonElement>("api/deliveries/open");
        Assert.True(open.GetProperty("open").GetInt32() >= 0);

        // Logged twice: refused, names the logged segment.
        using var again = await client.PostAsJsonAsync($"api/segments/{no}/log", new { });
        var problem = await ProblemAssert.IsProblemAsync(again, HttpStatusCode.BadRequest);
        Assert.Contains("already logged", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_segment_without_description_or_lines_is_refused_naming_the_field_and_nothing_is_written()
    {
        var segments = host.Services.GetRequiredService<SegmentService>();
        var noLines = await DemoSegments.CreateAsync(host, "Empty", "BUS", 0);
        var noDescription = await DemoSegments.CreateAsync(host, "To be cleared", "BUS", 2, skip: 5);
        var segment = await segments.GetAsync(noDescription);
        await segments.UpdateHeaderAsync(noDescription, segment.Version, SegmentHeaderUpdate.From(segment) with { Description = "" }, updateLines: false);
        var before = await DemoSegments.ReadAsync(host, db => db.LoggedSegments.CountAsync());

        using var client = host.Client(Roles.Marketing);
        using var empty = await client.PostAsJsonAsync($"api/segments/{noLines}/log", new { sendAttachments = false });
        await ProblemAssert.HasFieldErrorAsync(empty, "Lines", "no lines");
        using var nameless = await client.PostAsJsonAsync($"api/segments/{noDescription}/log", new { });
        await ProblemAssert.HasFieldErrorAsync(nameless, "Description", "description");

        Assert.Equal(before, await DemoSegments.ReadAsync(host, db => db.LoggedSegments.CountAsync()));
        Assert.Equal(2, await DemoSegments.ReadAsync(host, db => db.SegmentLines.CountAsync(l => l.SegmentNo == noDescription)));
        Assert.False(await DemoSegments.ReadAsync(host, db => db.InteractionLogEntries.AnyAsync(i => i.SegmentNo == noDescription || i.SegmentNo == noLines)));

        using var unknown = await client.PostAsJsonAsync("api/segments/NO-SUCH/log", new { });
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);
        using var badField = await client.PostAsJsonAsync($"api/segments/{noLines}/log", new { sendAttachment = true });
        await ProblemAssert.HasFieldErrorAsync(badField, "SendAttachment", "not a known field");
    }

    [Fact]
    public async Task Cancel_uncancel_and_delete_cascade_and_only_canceled_records_can_be_deleted()
    {
        var no = await DemoSegments.CreateAsync(host, "To cancel", "RESP", 3, response: true, skip: 3);
        using var client = host.Client(Roles.Marketing);
        using var logged = await client.PostAsJsonAsync($"api/segments/{no}/log", new { });
        var result = await logged.Content.ReadFromJsonAsync<JsonElement>();
        var entryNo = result.GetProperty("loggedSegmentEntryNo").GetInt32();
        var campaignEntryNo = result.GetProperty("campaignEntryNos").GetProperty("CP0001").GetInt32();
        var interactions = await DemoSegments.ReadAsync(host, db => db.InteractionLogEntries.Where(i => i.LoggedSegmentEntryNo == entryNo).Select(i => i.EntryNo).ToListAsync());
        Assert.Equal(3, interactions.Count);

        // Not canceled → 400; unknown → 404.
        using var early = await client.DeleteAsync($"api/logged-segments/{entryNo}");
        await ProblemAssert.IsProblemAsync(early, HttpStatusCode.BadRequest);
        using var earlyEntry = await client.DeleteAsync($"api/interaction-log-entries/{interactions[0]}");
        await ProblemAssert.IsProblemAsync(earlyEntry, HttpStatusCode.BadRequest);
        foreach (var path in new[] { "api/logged-segments/999999", "api/campaign-entries/999999", "api/interaction-log-entries/999999" })
        {
            using var missingDelete = await client.DeleteAsync(path);
            await ProblemAssert.IsProblemAsync(missingDelete, HttpStatusCode.NotFound);
            using var missingCancel = await client.PostAsync(path + "/cancel", null);
            await ProblemAssert.IsProblemAsync(missingCancel, HttpStatusCode.NotFound);
        }

        // One interaction: cancel, uncancel, cancel, delete.
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"api/interaction-log-entries/{interactions[0]}/cancel", null)).StatusCode);
        Assert.True((await client.GetFromJsonAsync<JsonElement>($"api/interaction-log-entries/{interactions[0]}")).GetProperty("canceled").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"api/interaction-log-entries/{interactions[0]}/uncancel", null)).StatusCode);
        Assert.False((await client.GetFromJsonAsync<JsonElement>($"api/interaction-log-entries/{interactions[0]}")).GetProperty("canceled").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"api/interaction-log-entries/{interactions[0]}/cancel", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"api/interaction-log-entries/{interactions[0]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/interaction-log-entries/{interactions[0]}")).StatusCode);

        // The campaign entry's cancel reaches its interactions.
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"api/campaign-entries/{campaignEntryNo}/cancel", null)).StatusCode);
        Assert.True((await client.GetFromJsonAsync<JsonElement>($"api/interaction-log-entries/{interactions[1]}")).GetProperty("canceled").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"api/campaign-entries/{campaignEntryNo}/uncancel", null)).StatusCode);

        // The logged segment: cancel cascades, delete takes everything.
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsync($"api/logged-segments/{entryNo}/cancel", null)).StatusCode);
        Assert.True((await client.GetFromJsonAsync<JsonElement>($"api/campaign-entries/{campaignEntryNo}")).GetProperty("canceled").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"api/logged-segments/{entryNo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/logged-segments/{entryNo}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"api/campaign-entries/{campaignEntryNo}")).StatusCode);
        Assert.False(await DemoSegments.ReadAsync(host, db => db.InteractionLogEntries.AnyAsync(i => i.LoggedSegmentEntryNo == entryNo)));
    }

    [Fact]
    public async Task A_template_with_an_unclosed_if_is_refused_with_line_and_column_and_not_saved()
    {
        using var admin = host.Client(Roles.Admin);
        using var bad = await admin.PostAsJsonAsync("api/interaction-templates", new
        {
            code = "BROKEN", description = "Broken",
            contents = new[] { new { languageCode = "EN", subject = "Hello", body = "Dear {{contact.name}},\n{{#if contact.email}}\nyou have mail" } },
        });
        var problem = await ProblemAssert.HasFieldErrorAsync(bad, "Contents[EN].Body", "line");
        Assert.Matches(@"line \d+, column \d+", problem.GetProperty("detail").GetString()!);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("api/interaction-templates/BROKEN")).StatusCode);

        using var good = await admin.PostAsJsonAsync("api/interaction-templates", new
        {
            code = "GOOD", description = "Good",
            contents = new[] { new { languageCode = "EN", subject = "Hello {{contact.name}}", body = "{{#if contact.email}}mail{{/if}}" } },
        });
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        using var replaced = await admin.PutAsJsonAsync("api/interaction-templates/GOOD", new
        {
            code = "GOOD", description = "Good",
            contents = new[] { new { languageCode = "EN", subject = "Hello {{contact.name", body = "x" } },
        });
        await ProblemAssert.HasFieldErrorAsync(replaced, "Contents[EN].Subject", "column");
        var stored = await admin.GetFromJsonAsync<JsonElement>("api/interaction-templates/GOOD");
        Assert.Equal("Hello {{contact.name}}", stored.GetProperty("contents")[0].GetProperty("subject").GetString());
    }

    [Fact]
    public async Task The_call_list_shows_open_calls_and_an_outcome_logs_and_closes_the_task()
    {
        using var client = host.Client(Roles.Marketing);
        using var missing = await client.GetAsync("api/call-list");
        await ProblemAssert.HasFieldErrorAsync(missing, "Salesperson", "required");
        using var unknown = await client.GetAsync("api/call-list?salesperson=NOBODY");
        await ProblemAssert.IsProblemAsync(unknown, HttpStatusCode.NotFound);

        var salesperson = await DemoSegments.ReadAsync(host, db => db.Salespeople.OrderBy(s => s.Code).Select(s => s.Code).FirstAsync());
        var contact = (await DemoSegments.PurchaseContactsAsync(host, 1, skip: 8))[0];
        var phone = host.Services.GetRequiredService<IPhoneTaskService>();
        var task = await phone.CreateCallTaskAsync(new PhoneCallTaskRequest
        {
            DeliveryId = new DeliveryId(900_000 + Random.Shared.Next(1000), 1), SalespersonCode = salesperson, ContactNo = contact, ContactName = "Call <Me>",
            PhoneNo = "+45 1234", CampaignNo = "CP0001", Subject = "Follow-up call", Script = "Ask about <b>Millennium</b>",
        }, CancellationToken.None);

        var calls = await client.GetFromJsonAsync<JsonElement>($"api/call-list?salesperson={salesperson}");
        var call = calls.EnumerateArray().Single(c => c.GetProperty("taskNo").GetString() == task.TaskNo);
        Assert.Equal("Ask about <b>Millennium</b>", call.GetProperty("script").GetString());

        using var noOutcome = await client.PostAsJsonAsync($"api/call-list/{task.TaskNo}/outcome", new { note = "x" });
        await ProblemAssert.HasFieldErrorAsync(noOutcome, "Outcome", "required");
        using var badOutcome = await client.PostAsJsonAsync($"api/call-list/{task.TaskNo}/outcome", new { outcome = "Maybe" });
        await ProblemAssert.IsProblemAsync(badOutcome, HttpStatusCode.BadRequest);
        using var noTask = await client.PostAsJsonAsync("api/call-list/NO-SUCH/outcome", new { outcome = "Reached" });
        await ProblemAssert.IsProblemAsync(noTask, HttpStatusCode.NotFound);

        using var recorded = await client.PostAsJsonAsync($"api/call-list/{task.TaskNo}/outcome", new { outcome = "Response", note = "wants a demo" });
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var entryNo = (await recorded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interactionEntryNo").GetInt32();
        Assert.True(entryNo > 0);
        Assert.DoesNotContain((await client.GetFromJsonAsync<JsonElement>($"api/call-list?salesperson={salesperson}")).EnumerateArray(),
            c => c.GetProperty("taskNo").GetString() == task.TaskNo);
        using var twice = await client.PostAsJsonAsync($"api/call-list/{task.TaskNo}/outcome", new { outcome = "Reached" });
        await ProblemAssert.IsProblemAsync(twice, HttpStatusCode.Conflict);
    }
}
