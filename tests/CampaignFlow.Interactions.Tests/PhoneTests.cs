using CampaignFlow.Domain.Activities;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Interactions.Tests;

/// <summary>The phone plugin over the host's store: call tasks with the rendered script, the call list, outcomes logged back.</summary>
public sealed class PhoneTests
{
    [Fact]
    public async Task Call_tasks_are_created_listed_and_a_response_outcome_sets_campaign_response()
    {
        await using var scenario = await Scenario.CreateAsync(["phone"]);
        await scenario.CreateSegmentAsync("SM0001", "Call the visitors", "CALL", ["CT101", "CT102"]);
        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true }, "MARKETING");

        var summary = await scenario.Delivery.RunUntilEmptyAsync(1);
        Assert.Equal(2, summary.Delivered);

        await using (var db = scenario.Open())
        {
            var tasks = await db.Tasks.AsNoTracking().OrderBy(t => t.No).ToListAsync();
            Assert.Equal(["PH1-10000", "PH1-20000"], tasks.Select(t => t.No));
            Assert.All(tasks, t => Assert.Equal((ActivityStepType.PhoneCall, "OF", "CP0001"), (t.Type, t.SalespersonCode, t.CampaignNo)));
            Assert.Equal("Call John Smith (Futurus Ltd) on +44 20 7946 0101: ask how they liked Salon FUTURUS.", tasks[0].Notes);
        }

        var callList = scenario.Services.GetRequiredService<ICallList>();
        var calls = await callList.GetCallListAsync("OF", CancellationToken.None);
        Assert.Equal(2, calls.Count);
        Assert.Equal(("CT101", "John Smith", "+44 20 7946 0101"), (calls[0].Request.ContactNo, calls[0].Request.ContactName, calls[0].Request.PhoneNo));
        var originalEntry = (await scenario.EntriesAsync(result.LoggedSegmentEntryNo))[0];
        Assert.Equal(originalEntry.EntryNo, calls[0].Request.InteractionEntryNo);
        Assert.Equal("PH1-10000", originalEntry.DeliveryExternalId);

        var outcomeEntryNo = await callList.RecordOutcomeAsync(calls[0].TaskNo, CallOutcomeKind.Response, "wants a demo", CancellationToken.None);
        await callList.RecordOutcomeAsync(calls[1].TaskNo, CallOutcomeKind.NoAnswer, null, CancellationToken.None);

        await using var check = scenario.Open();
        var outcome = await check.InteractionLogEntries.AsNoTracking().SingleAsync(e => e.EntryNo == outcomeEntryNo);
        Assert.True(outcome.CampaignResponse);
        Assert.Equal(("CT101", "CP0001", originalEntry.CampaignEntryNo, Domain.Contacts.CorrespondenceType.Phone), (outcome.ContactNo, outcome.CampaignNo, outcome.CampaignEntryNo, outcome.CorrespondenceType));
        Assert.Contains("Response", outcome.Description, StringComparison.Ordinal);
        Assert.Equal(1, await check.InteractionLogEntries.CountAsync(e => e.CampaignResponse));
        Assert.Empty(await callList.GetCallListAsync("OF", CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(() => callList.RecordOutcomeAsync(calls[0].TaskNo, CallOutcomeKind.Reached, null, CancellationToken.None));
    }

    [Fact]
    public async Task Creating_the_call_task_again_for_the_same_delivery_returns_the_same_task()
    {
        await using var scenario = await Scenario.CreateAsync([]);
        var tasks = scenario.Services.GetRequiredService<IPhoneTaskService>();
        var request = new PhoneCallTaskRequest { DeliveryId = new DeliveryId(7, 10000), SalespersonCode = "OF", ContactNo = "CT101", ContactName = "John Smith", Subject = "Call", Script = "Say hi" };

        var first = await tasks.CreateCallTaskAsync(request, CancellationToken.None);
        var again = await tasks.CreateCallTaskAsync(request, CancellationToken.None);

        Assert.Equal(first.TaskNo, again.TaskNo);
        Assert.Equal(1, (await scenario.CountsAsync()).Tasks);
    }
}
