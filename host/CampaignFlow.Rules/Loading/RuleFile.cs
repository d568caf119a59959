using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Loading;

/// <summary>The workflows read from one file (or JSON text), with the source name used in diagnostics.</summary>
public sealed record RuleFile(string Source, IReadOnlyList<RuleWorkflow> Workflows, string Text);
