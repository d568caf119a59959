using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Storage.RuleSets;

/// <summary>
/// A check a rule set must pass before it is stored, beyond compiling (which the store always does), e.g. that a
/// segment filter translates to SQL. Registered by the component that runs the rule sets.
/// </summary>
public interface IRuleSetCheck
{
    /// <summary>The problems of <paramref name="workflow"/> (empty when it passes), each naming workflow, rule and position.</summary>
    IReadOnlyList<RuleDiagnostic> Check(RuleWorkflow workflow, string source);
}
