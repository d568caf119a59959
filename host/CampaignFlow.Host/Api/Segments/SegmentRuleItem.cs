namespace CampaignFlow.Host.Api.Segments;

/// <summary>One rule: its name, its expression (nested rules joined with their operator) and what it means when it matches.</summary>
public sealed record SegmentRuleItem(string Name, string Expression, string? SuccessEvent);
