using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Engine;

/// <summary>A workflow compiled for one set of input names and types.</summary>
internal sealed record CompiledWorkflow(RuleWorkflow Workflow, IReadOnlyList<CompiledRule> Rules);
