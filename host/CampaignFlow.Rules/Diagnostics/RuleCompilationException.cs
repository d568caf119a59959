namespace CampaignFlow.Rules.Diagnostics;

/// <summary>
/// A rule expression that cannot be parsed or typed. The message names the workflow, the rule and the
/// 1-based column in the expression, e.g. "rule 'IsProspect' in workflow 'Segments.Prospects', column 14: ...".
/// </summary>
public sealed class RuleCompilationException : Exception
{
    public RuleCompilationException(string? workflow, string? rule, string expression, int column, string reason)
        : base(Format(workflow, rule, column, reason))
    {
        Workflow = workflow;
        Rule = rule;
        Expression = expression;
        Column = column;
        Reason = reason;
    }

    public RuleCompilationException()
        : this(null, null, string.Empty, 1, "the expression cannot be compiled")
    {
    }

    public RuleCompilationException(string message)
        : this(null, null, string.Empty, 1, message)
    {
    }

    public RuleCompilationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Expression = string.Empty;
        Column = 1;
        Reason = message;
    }

    public string? Workflow { get; }

    public string? Rule { get; }

    public string Expression { get; }

    /// <summary>1-based column in <see cref="Expression"/> where the problem starts.</summary>
    public int Column { get; }

    /// <summary>The problem alone, without the location prefix.</summary>
    public string Reason { get; }

    public static string Format(string? workflow, string? rule, int column, string reason)
    {
        var where = (rule, workflow) switch
        {
            (not null, not null) => $"rule '{rule}' in workflow '{workflow}', ",
            (not null, null) => $"rule '{rule}', ",
            (null, not null) => $"workflow '{workflow}', ",
            _ => string.Empty,
        };
        return $"{where}column {column}: {reason}";
    }
}
