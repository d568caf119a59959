using System.Text.Json;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>
/// One version of a rule set: when, who, why ("imported from rules/…", "edited via API", "deleted via API") and, for
/// GET …/versions/{n}, its workflow JSON (null for a deletion, and in the version list).
/// </summary>
public sealed record RuleSetVersionInfo(string WorkflowName, int Version, DateTimeOffset CreatedAt, string CreatedBy, string Reason, JsonElement? Workflow);
