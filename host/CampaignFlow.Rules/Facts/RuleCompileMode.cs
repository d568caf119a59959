namespace CampaignFlow.Rules.Facts;

/// <summary>Where a compiled rule runs: as a delegate in memory, or as a query EF Core translates to SQL.</summary>
public enum RuleCompileMode
{
    Memory,
    Query,
}
