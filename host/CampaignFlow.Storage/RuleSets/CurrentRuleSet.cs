using CampaignFlow.Rules.Model;

namespace CampaignFlow.Storage.RuleSets;

/// <summary>A stored rule set as the engines run it: the parsed workflow and its version (the key of any compiled cache).</summary>
public sealed record CurrentRuleSet(RuleWorkflow Workflow, int Version);
