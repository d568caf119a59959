namespace CampaignFlow.Workflows.Hosting.Rules;

/// <summary>The result of running a workflow rule (or every rule of a rule set).</summary>
/// <param name="Reference">"RuleSet" or "RuleSet/Rule", as written.</param>
/// <param name="Success">Every rule run succeeded.</param>
/// <param name="Failures">The failing rules, each "name: message".</param>
/// <param name="Faulted">A rule threw or did not compile (not merely false).</param>
public sealed record WorkflowRuleOutcome(string Reference, bool Success, IReadOnlyList<string> Failures, bool Faulted = false)
{
    /// <inheritdoc />
    public override string ToString() => Success ? $"rule {Reference} passed" : $"rule {Reference} failed ({string.Join("; ", Failures)})";
}
