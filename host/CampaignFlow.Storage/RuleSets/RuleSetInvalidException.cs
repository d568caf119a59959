using CampaignFlow.Rules.Diagnostics;

namespace CampaignFlow.Storage.RuleSets;

/// <summary>A rule set refused before anything was written: every problem, naming workflow, rule and position.</summary>
public sealed class RuleSetInvalidException : Exception
{
    public RuleSetInvalidException() : this("(rule set)", []) { }

    public RuleSetInvalidException(string message) : this(message, []) { }

    public RuleSetInvalidException(string message, Exception innerException) : base(message, innerException) => Diagnostics = [];

    public RuleSetInvalidException(string workflowName, IReadOnlyList<RuleDiagnostic> diagnostics)
        : base($"rule set '{workflowName}' is not valid: {string.Join("; ", diagnostics.Select(d => d.ToString()))}")
    {
        WorkflowName = workflowName;
        Diagnostics = diagnostics;
    }

    public string WorkflowName { get; } = "";

    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }
}
