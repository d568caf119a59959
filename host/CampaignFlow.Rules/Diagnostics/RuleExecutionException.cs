namespace CampaignFlow.Rules.Diagnostics;

/// <summary>Thrown by the engine API for caller mistakes: unknown workflow, missing or unknown inputs.</summary>
public sealed class RuleExecutionException : Exception
{
    public RuleExecutionException()
    {
    }

    public RuleExecutionException(string message)
        : base(message)
    {
    }

    public RuleExecutionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
