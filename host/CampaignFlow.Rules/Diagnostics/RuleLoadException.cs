namespace CampaignFlow.Rules.Diagnostics;

/// <summary>A rule file (or JSON text) that cannot be read as workflows; carries every problem found.</summary>
public sealed class RuleLoadException : Exception
{
    public RuleLoadException(IReadOnlyList<RuleDiagnostic> diagnostics)
        : base(string.Join(Environment.NewLine, diagnostics.Select(d => d.ToString())))
    {
        Diagnostics = diagnostics;
    }

    public RuleLoadException()
        : this([])
    {
    }

    public RuleLoadException(string message)
        : this([new RuleDiagnostic("(unknown)", null, null, message)])
    {
    }

    public RuleLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = [new RuleDiagnostic("(unknown)", null, null, message)];
    }

    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; }
}
