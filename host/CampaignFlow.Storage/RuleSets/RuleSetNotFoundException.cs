namespace CampaignFlow.Storage.RuleSets;

/// <summary>No live rule set of that name.</summary>
public sealed class RuleSetNotFoundException : Exception
{
    public RuleSetNotFoundException() { }

    public RuleSetNotFoundException(string workflowName) : base($"there is no rule set '{workflowName}'.") => WorkflowName = workflowName;

    public RuleSetNotFoundException(string message, Exception innerException) : base(message, innerException) { }

    public string WorkflowName { get; } = "";
}
