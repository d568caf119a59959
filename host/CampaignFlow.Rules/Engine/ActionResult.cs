namespace CampaignFlow.Rules.Engine;

/// <summary>What a rule's action produced: its output, or the exception it threw.</summary>
public class ActionResult
{
    public object? Output { get; init; }

    public Exception? Exception { get; init; }
}
