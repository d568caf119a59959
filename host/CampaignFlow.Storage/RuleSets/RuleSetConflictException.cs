namespace CampaignFlow.Storage.RuleSets;

/// <summary>A save or delete made against a version that is no longer the current one (someone else changed it).</summary>
public sealed class RuleSetConflictException : Exception
{
    public RuleSetConflictException() { }

    public RuleSetConflictException(string message) : base(message) { }

    public RuleSetConflictException(string message, Exception innerException) : base(message, innerException) { }

    public RuleSetConflictException(string workflowName, int? expectedVersion, int? actualVersion)
        : base(Describe(workflowName, expectedVersion, actualVersion))
    {
        WorkflowName = workflowName;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    public string WorkflowName { get; } = "";
    public int? ExpectedVersion { get; }
    public int? ActualVersion { get; }

    private static string Describe(string name, int? expected, int? actual) => (expected, actual) switch
    {
        (null or 0, { } a) => $"rule set '{name}' already exists at version {a}; send expectedVersion {a} to replace it.",
        (_, null) => $"rule set '{name}' does not exist (any more); send no expectedVersion (or 0) to create it.",
        _ => $"rule set '{name}' is at version {actual}, not {expected}: someone changed it since you read it; read it again and retry.",
    };
}
