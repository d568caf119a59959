namespace CampaignFlow.Workflows.Definitions;

/// <summary>
/// A transition guard, kept as data: either a rules-engine expression (<c>"when": "campaign.Budget &gt; 0"</c>)
/// or a reference to a rule (<c>"when": {"rule": "Eligibility/HasTargets"}</c>).
/// </summary>
public sealed record WorkflowCondition(string? Expression, string? RuleReference)
{
    /// <inheritdoc />
    public override string ToString() => Expression ?? $"rule {RuleReference}";
}
