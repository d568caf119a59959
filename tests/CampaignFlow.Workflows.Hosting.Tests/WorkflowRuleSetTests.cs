using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Rules;

namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>The rule sets callRule and "when" guards use, from real rule files; unknown references fail the workflow's load.</summary>
public sealed class WorkflowRuleSetTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cf-wf-rules-").FullName;

    public WorkflowRuleSetTests() => File.WriteAllText(Path.Combine(folder, "readiness.json"), """
        {"WorkflowName":"Workflows.Readiness","Rules":[
          {"RuleName":"HasDates","ErrorMessage":"no dates","Expression":"campaign.StartingDate != null AND campaign.EndingDate != null"},
          {"RuleName":"KnownContact","ErrorMessage":"no e-mail","Expression":"contact.Email != null"}]}
        """);

    [Fact]
    public void A_callRule_naming_an_unknown_rule_set_or_rule_is_a_load_error_naming_the_place()
    {
        var sets = new WorkflowRuleSets(folder);
        var context = WorkflowValidationContext.For("PLANNED", "ACTIVE") with { ValidateRule = sets.Check };
        const string Json = """
            {"id":"w","version":1,"name":"W","initial":"PLANNED","states":{
              "PLANNED":{"on":[{"event":"go","to":"ACTIVE"}]},
              "ACTIVE":{"entry":[{"do":"callRule","rule":"Workflows.Nope"},{"do":"callRule","rule":"Workflows.Readiness/Nope"},{"do":"callRule","rule":"Workflows.Readiness/HasDates"}]}}}
            """;
        Assert.Null(WorkflowDefinitionLoader.TryLoad(Json, "w.json", context, out var errors));
        Assert.Equal(2, errors.Count);
        Assert.Equal("$.states.ACTIVE.entry[0].rule", errors[0].Path);
        Assert.Contains("unknown rule set 'Workflows.Nope' (known: Workflows.Readiness)", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("$.states.ACTIVE.entry[1].rule", errors[1].Path);
        Assert.Contains("has no rule 'Nope'", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_run_over_the_campaign_and_the_contact_and_inline_conditions_compile()
    {
        var sets = new WorkflowRuleSets(folder);
        var dated = new WorkflowRuleCampaign("CP1", "Fair", "PLANNED", new DateOnly(2026, 1, 2), new DateOnly(2026, 3, 31), "JO");
        var undated = dated with { StartingDate = null };
        var contact = new WorkflowRuleContact("CT1", "Ann", null, null, "GB", "EN", null);

        Assert.True((await sets.RunAsync("Workflows.Readiness/HasDates", dated, null)).Success);
        var failed = await sets.RunAsync("Workflows.Readiness", undated, contact);
        Assert.False(failed.Success);
        Assert.False(failed.Faulted, string.Join(" | ", failed.Failures));
        Assert.Equal(["HasDates: no dates", "KnownContact: no e-mail"], failed.Failures);

        Assert.True((await sets.EvaluateAsync("campaign.EndingDate != null", dated)).Success);
        Assert.True((await sets.EvaluateAsync("campaign.NoSuchField == 1", dated)).Faulted);
        await Assert.ThrowsAsync<WorkflowException>(async () => await sets.RunAsync("Workflows.Missing", dated, null));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
