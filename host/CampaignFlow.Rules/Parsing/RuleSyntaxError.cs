namespace CampaignFlow.Rules.Parsing;

/// <summary>An error at a 0-based position of the expression; turned into a RuleCompilationException at the API edge.</summary>
internal sealed class RuleSyntaxError(int position, string reason) : Exception(reason)
{
    public int Position { get; } = position;
}
