using CampaignFlow.Workflows.DateFormulas;
using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Tests.Definitions;

public class ShippedWorkflowTests
{
    [Fact]
    public void The_workflows_folder_loads_both_shipped_workflows()
    {
        var definitions = WorkflowDefinitionLoader.LoadDirectory(DemoStatusCodes.WorkflowsFolder, DemoStatusCodes.Context);
        Assert.Equal(["campaign-lifecycle v1", "trade-show v1"], definitions.Select(d => d.Key.ToString()));
    }

    [Fact]
    public void Trade_show_follows_seed_001()
    {
        var workflow = DemoStatusCodes.TradeShow();
        Assert.Equal("PLANNED", workflow.Initial);
        Assert.Equal(["PLANNED", "ACTIVE", "FOLLOW-UP", "COMPLETED", "CANCELED"], workflow.States.Select(s => s.Name));

        var planned = workflow.GetState("PLANNED");
        Assert.Equal("approve", planned.Transitions[0].Trigger.EventName);
        Assert.Equal("ACTIVE", planned.Transitions[0].To);
        Assert.Equal(WorkflowTriggerDefinition.Timer(WorkflowTimerAnchor.StartingDate, null), planned.Transitions[1].Trigger);

        var active = workflow.GetState("ACTIVE");
        Assert.Equal(["activatePrices", "logSegment"], active.Entry.Select(a => a.Name));
        var log = active.Entry[1];
        Assert.Equal("$campaign.targetSegment", log.GetString("segment"));
        Assert.True(log.GetBoolean("send"));
        Assert.True(log.GetBoolean("followUp"));
        Assert.Equal("$.states.ACTIVE.entry[1]", log.Path);
        Assert.Equal(WorkflowTriggerDefinition.Timer(WorkflowTimerAnchor.StateEntry, DateFormula.Parse("1W")), active.Transitions[0].Trigger);
        Assert.Equal("FOLLOW-UP", active.Transitions[0].To);

        Assert.Equal("FOLLOWUP", workflow.GetState("FOLLOW-UP").Entry.Single().GetString("activity"));
        var completed = workflow.GetState("COMPLETED");
        Assert.True(completed.IsFinal);
        Assert.Equal("deactivatePrices", completed.Entry.Single().Name);
    }

    [Fact]
    public void Lifecycle_can_cancel_from_every_open_state()
    {
        var workflow = DemoStatusCodes.Lifecycle();
        foreach (var state in workflow.States.Where(s => !s.IsFinal))
        {
            Assert.Contains(state.Transitions, t => t.Trigger.EventName == "cancel" && t.To == "CANCELED");
        }

        Assert.True(workflow.GetState("CANCELED").IsFinal);
        Assert.True(workflow.GetState("COMPLETED").IsFinal);
    }

    [Fact]
    public void The_shipped_workflows_need_their_status_codes()
    {
        var context = WorkflowValidationContext.For("PLANNED", "ACTIVE", "COMPLETED", "CANCELED");
        var ex = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionLoader.LoadDirectory(DemoStatusCodes.WorkflowsFolder, context));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("trade-show.json: $.states.FOLLOW-UP: 'FOLLOW-UP' is not a campaign status code (known: ACTIVE, CANCELED, COMPLETED, PLANNED)", error.ToString());
    }

    [Fact]
    public void A_repeated_id_and_version_across_files_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("cf-workflows-");
        try
        {
            File.Copy(Path.Combine(DemoStatusCodes.WorkflowsFolder, "trade-show.json"), Path.Combine(folder.FullName, "a.json"));
            File.Copy(Path.Combine(DemoStatusCodes.WorkflowsFolder, "trade-show.json"), Path.Combine(folder.FullName, "b.json"));
            File.Copy(Path.Combine(DemoStatusCodes.WorkflowsFolder, "workflow.schema.json"), Path.Combine(folder.FullName, "workflow.schema.json"));
            var ex = Assert.Throws<WorkflowDefinitionException>(() => WorkflowDefinitionLoader.LoadDirectory(folder.FullName, DemoStatusCodes.Context));
            Assert.Equal("b.json: $.version: workflow 'trade-show' version 1 is also defined in a.json", Assert.Single(ex.Errors).ToString());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
