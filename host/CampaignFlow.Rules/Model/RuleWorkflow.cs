namespace CampaignFlow.Rules.Model;

/// <summary>A RulesEngine workflow: a named list of rules sharing global params (JSON field names kept verbatim).</summary>
public sealed class RuleWorkflow
{
    public string WorkflowName { get; set; } = "";

    /// <summary>Workflows whose rules are appended to this one's when it runs.</summary>
    public List<string>? WorkflowsToInject { get; set; }

    /// <summary>Named expressions evaluated first, visible to every rule of the workflow.</summary>
    public List<ScopedParam>? GlobalParams { get; set; }

    public List<Rule> Rules { get; set; } = [];
}
