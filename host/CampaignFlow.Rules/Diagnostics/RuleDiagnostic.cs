namespace CampaignFlow.Rules.Diagnostics;

/// <summary>
/// One problem found in a rule file. Line/Position locate JSON errors in the file (1-based);
/// Column locates an expression error inside the rule's expression (1-based).
/// </summary>
public sealed record RuleDiagnostic(
    string File,
    string? Workflow,
    string? Rule,
    string Message,
    long? Line = null,
    long? Position = null,
    int? Column = null,
    string? Expression = null)
{
    public override string ToString()
    {
        var parts = new List<string> { File };
        if (Line is not null)
        {
            parts.Add($"line {Line}, position {Position}");
        }
        if (Workflow is not null)
        {
            parts.Add($"workflow '{Workflow}'");
        }
        if (Rule is not null)
        {
            parts.Add($"rule '{Rule}'");
        }
        if (Column is not null)
        {
            parts.Add($"column {Column}");
        }
        return $"{string.Join(", ", parts)}: {Message}";
    }
}
