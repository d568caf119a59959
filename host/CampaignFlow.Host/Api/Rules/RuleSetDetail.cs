using System.Text.Json;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>GET /api/rules/{workflow}: the current version and its workflow JSON (what PUT takes back with expectedVersion = version).</summary>
public sealed record RuleSetDetail(string WorkflowName, int Version, DateTimeOffset UpdatedAt, string UpdatedBy, string? ShippedFile, JsonElement Workflow);
