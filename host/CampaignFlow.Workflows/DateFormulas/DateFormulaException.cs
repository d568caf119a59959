namespace CampaignFlow.Workflows.DateFormulas;

/// <summary>A date formula that cannot be parsed, or whose result falls outside the calendar.</summary>
public sealed class DateFormulaException : FormatException
{
    public DateFormulaException()
    {
    }

    public DateFormulaException(string message)
        : base(message)
    {
    }

    public DateFormulaException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The formula text as given.</summary>
    public string? Formula { get; init; }

    /// <summary>1-based position of the offending character (0 when the error is not about one character).</summary>
    public int Position { get; init; }
}
