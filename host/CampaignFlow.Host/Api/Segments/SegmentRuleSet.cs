namespace CampaignFlow.Host.Api.Segments;

/// <summary>A shipped segment rule set (rules/segments/*.json) as the builder offers it.</summary>
public sealed record SegmentRuleSet(string Workflow, IReadOnlyList<SegmentRuleItem> Rules);
