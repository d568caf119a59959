namespace CampaignFlow.Host.Api.Rules;

/// <summary>One stored rule set in GET /api/rules.</summary>
public sealed record RuleSetSummary(string WorkflowName, int Version, DateTimeOffset UpdatedAt, string UpdatedBy, string? ShippedFile);
