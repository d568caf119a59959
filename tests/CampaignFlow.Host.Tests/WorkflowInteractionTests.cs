using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Storage;
using CampaignFlow.Storage.Workflows;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Host.Tests;

/// <summary>
/// sendInteraction through the real host's adapter: one interaction log entry and one outbox row committed with the
/// transition; a bad contact or template is an incident with nothing written.
/// </summary>
public sealed class WorkflowInteractionTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static readonly string[] Statuses = ["PLANNED", "ACTIVE", "FOLLOW-UP", "COMPLETED", "CANCELED"];

    [Fact]
    public async Task SendInteraction_writes_one_entry_and_one_delivery_row_with_the_transition()
    {
        var contactNo = await ContactWithEmailAsync();
        var (runtime, id, campaignNo) = await StartAsync("send-ok", contactNo, "BUS");
        var sent = await runtime.SendEventAsync(id, "send");
        Assert.True(sent.Outcome == WorkflowTriggerOutcome.Transitioned, sent.Message);
        Assert.Equal("ACTIVE", sent.Instance!.State);

        await using var db = Open();
        var entry = Assert.Single(await db.InteractionLogEntries.AsNoTracking().Where(i => i.CampaignNo == campaignNo).ToListAsync());
        Assert.Equal(contactNo, entry.ContactNo);
        Assert.Equal(CorrespondenceType.Email, entry.CorrespondenceType);
        Assert.Equal("BUS", entry.InteractionTemplateCode);
        Assert.Equal("Hello from the workflow", entry.Subject);
        var delivery = Assert.Single(await db.Deliveries.AsNoTracking().Where(d => d.InteractionEntryNo == entry.EntryNo).ToListAsync());
        Assert.Equal(CorrespondenceType.Email, delivery.CorrespondenceType);
        Assert.Equal(entry.LoggedSegmentEntryNo, delivery.LoggedSegmentEntryNo);
        Assert.Equal("ACTIVE", (await db.Campaigns.AsNoTracking().SingleAsync(c => c.No == campaignNo)).StatusCode);
        // The one-line segment it went through is logged (and so removed), as Log Segment does.
        Assert.False(await db.Segments.AnyAsync(s => s.CampaignNo == campaignNo));
    }

    [Theory]
    [InlineData("NO-SUCH-CONTACT", "BUS", "contact 'NO-SUCH-CONTACT' does not exist")]
    [InlineData(null, "NO-SUCH-TEMPLATE", "interaction template 'NO-SUCH-TEMPLATE' does not exist")]
    public async Task A_bad_contact_or_template_is_an_incident_and_nothing_is_written(string? contact, string template, string message)
    {
        var contactNo = contact ?? await ContactWithEmailAsync();
        int segmentsBefore;
        await using (var db = Open())
        {
            segmentsBefore = await db.Segments.CountAsync();
        }

        var (runtime, id, campaignNo) = await StartAsync("send-bad-" + template.ToLowerInvariant(), contactNo, template);
        var sent = await runtime.SendEventAsync(id, "send");
        Assert.Equal(WorkflowTriggerOutcome.Faulted, sent.Outcome);
        Assert.Equal("PLANNED", sent.Instance!.State);
        Assert.Contains(message, sent.Incident!.Message, StringComparison.Ordinal);
        Assert.Equal("sendInteraction", sent.Incident.Step);

        await using var check = Open();
        Assert.False(await check.InteractionLogEntries.AnyAsync(i => i.CampaignNo == campaignNo));
        Assert.False(await check.CampaignEntries.AnyAsync(c => c.CampaignNo == campaignNo));
        Assert.Equal(segmentsBefore, await check.Segments.CountAsync());
        Assert.Equal("PLANNED", (await check.Campaigns.AsNoTracking().SingleAsync(c => c.No == campaignNo)).StatusCode);
        Assert.NotNull((await runtime.GetAsync(id))!.OpenIncident);
    }

    [Fact]
    public async Task CallRule_runs_the_shipped_workflow_rule_set_and_notes_the_result_in_the_history()
    {
        var runtime = host.Services.CreateScope().ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var campaignNo = await NewCampaignAsync("rule", withDates: true);
        var json = """
            {"id":"rule-ok","version":1,"name":"Rule","initial":"PLANNED","states":{
              "PLANNED":{"on":[{"event":"check","to":"ACTIVE"}]},
              "ACTIVE":{"entry":[{"do":"callRule","rule":"Workflows.CampaignReadiness/HasDates","onSuccess":"ready"}],"on":[{"event":"ready","to":"FOLLOW-UP"}]},
              "FOLLOW-UP":{"final":true}}}
            """;
        await DefineAsync(json, "rule-ok.json");
        var id = (await runtime.StartAsync(campaignNo, "rule-ok")).Instance!.Id;
        var result = await runtime.SendEventAsync(id, "check");
        Assert.True(result.Outcome == WorkflowTriggerOutcome.Transitioned, result.Message);
        var instance = (await runtime.GetAsync(id))!;
        Assert.Equal("FOLLOW-UP", instance.State);
        Assert.Contains("rule Workflows.CampaignReadiness/HasDates passed", instance.History[^2].Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallRule_failing_raises_onFailure_or_without_it_is_an_incident_naming_the_rule()
    {
        var runtime = host.Services.CreateScope().ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var json = """
            {"id":"rule-fail","version":1,"name":"Rule","initial":"PLANNED","states":{
              "PLANNED":{"on":[{"event":"check","to":"ACTIVE"},{"event":"strict","to":"FOLLOW-UP"}]},
              "ACTIVE":{"entry":[{"do":"callRule","rule":"Workflows.CampaignReadiness/HasDates","onSuccess":"ready","onFailure":"notReady"}],"on":[{"event":"notReady","to":"CANCELED"}]},
              "FOLLOW-UP":{"entry":[{"do":"callRule","rule":"Workflows.CampaignReadiness"}]},
              "CANCELED":{"final":true}}}
            """;
        await DefineAsync(json, "rule-fail.json");
        var lenient = await NewCampaignAsync("no dates");
        var id = (await runtime.StartAsync(lenient, "rule-fail")).Instance!.Id;
        var result = await runtime.SendEventAsync(id, "check");
        Assert.True(result.Outcome == WorkflowTriggerOutcome.Transitioned, result.Message);
        var instance = (await runtime.GetAsync(id))!;
        Assert.Equal("CANCELED", instance.State);
        Assert.Contains("rule Workflows.CampaignReadiness/HasDates failed (HasDates: campaign", instance.History[^2].Cause, StringComparison.Ordinal);

        var strict = await NewCampaignAsync("strict");
        var strictId = (await runtime.StartAsync(strict, "rule-fail")).Instance!.Id;
        var faulted = await runtime.SendEventAsync(strictId, "strict");
        Assert.Equal(WorkflowTriggerOutcome.Faulted, faulted.Outcome);
        Assert.Equal("PLANNED", faulted.Instance!.State);
        Assert.Equal("$.states.FOLLOW-UP.entry[0]", faulted.Incident!.Location);
        Assert.Contains("rule Workflows.CampaignReadiness failed", faulted.Incident.Message, StringComparison.Ordinal);
        Assert.Contains("no onFailure event", faulted.Incident.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_CP0001_approve_runs_the_trade_show_entry_actions_on_the_seeded_target_segment()
    {
        await DemoCampaignDates.StartTomorrowAsync(host);
        var runtime = host.Services.CreateScope().ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var started = await runtime.StartAsync("CP0001", "trade-show");
        Assert.True(started.Outcome == WorkflowTriggerOutcome.Transitioned, started.Message);
        var approved = await runtime.SendEventAsync(started.Instance!.Id, "approve");
        Assert.True(approved.Outcome == WorkflowTriggerOutcome.Transitioned, approved.Message);
        Assert.Equal("ACTIVE", approved.Instance!.State);
        Assert.Null(approved.Instance.OpenIncident);

        await using var db = Open();
        var logged = Assert.Single(await db.LoggedSegments.AsNoTracking().Where(l => l.SegmentNo == "SM0001").ToListAsync());
        Assert.Equal(12, await db.InteractionLogEntries.CountAsync(i => i.LoggedSegmentEntryNo == logged.EntryNo && i.CampaignTarget));
        Assert.Equal(12, await db.Deliveries.CountAsync(d => d.LoggedSegmentEntryNo == logged.EntryNo && d.CorrespondenceType == CorrespondenceType.HardCopy));
    }

    /// <summary>Stores a version (instances refer to it) and loads it, as the importer does with a file.</summary>
    private async Task DefineAsync(string json, string source)
    {
        var definition = WorkflowDefinitionLoader.Load(json, source, WorkflowValidationContext.For(Statuses));
        await using (var db = Open())
        {
            db.WorkflowDefinitions.Add(new StoredWorkflowDefinition { WorkflowId = definition.Id, Version = definition.Version, Name = definition.Name, Source = source, ContentHash = source, Json = json });
            await db.SaveChangesAsync();
        }

        host.Services.GetRequiredService<WorkflowDefinitionCatalog>().Add(definition);
    }

    private CampaignFlowDbContext Open() => host.Services.GetRequiredService<IDbContextFactory<CampaignFlowDbContext>>().CreateDbContext();

    private async Task<string> ContactWithEmailAsync()
    {
        await using var db = Open();
        return await db.Contacts.AsNoTracking().Where(c => c.Type == ContactType.Person && c.Email != null && c.Email != "")
            .OrderBy(c => c.No).Select(c => c.No).FirstAsync();
    }

    private async Task<string> NewCampaignAsync(string tag, bool withDates = false)
    {
        var no = $"WF{Guid.NewGuid():N}"[..16].ToUpperInvariant();
        await using var db = Open();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var campaign = withDates ? Campaign.Create(no, $"Workflow {tag}", "PLANNED", today.AddDays(1), today.AddDays(30)) : Campaign.Create(no, $"Workflow {tag}", "PLANNED");
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync();
        return no;
    }

    private async Task<(WorkflowRuntime Runtime, Guid Id, string CampaignNo)> StartAsync(string workflowId, string contactNo, string template)
    {
        var json = """
            {"id":"WORKFLOW","version":1,"name":"Send one","initial":"PLANNED","states":{
              "PLANNED":{"on":[{"event":"send","to":"ACTIVE"}]},
              "ACTIVE":{"entry":[{"do":"sendInteraction","contact":"CONTACT","channel":"email","template":"TEMPLATE","subject":"Hello from the workflow"}]}}}
            """.Replace("WORKFLOW", workflowId, StringComparison.Ordinal).Replace("CONTACT", contactNo, StringComparison.Ordinal).Replace("TEMPLATE", template, StringComparison.Ordinal);
        await DefineAsync(json, workflowId + ".json");
        var campaignNo = await NewCampaignAsync(workflowId);
        var runtime = host.Services.CreateScope().ServiceProvider.GetRequiredService<WorkflowRuntime>();
        var started = await runtime.StartAsync(campaignNo, workflowId);
        Assert.True(started.Outcome == WorkflowTriggerOutcome.Transitioned, started.Message);
        return (runtime, started.Instance!.Id, campaignNo);
    }
}
