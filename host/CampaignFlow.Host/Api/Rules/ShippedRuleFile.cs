namespace CampaignFlow.Host.Api.Rules;

/// <summary>One shipped file: kind "rules" (rule workflows, e.g. Segments.*) or "workflow" (a campaign workflow definition).</summary>
/// <param name="Kind">"rules" or "workflow".</param>
/// <param name="File">Path relative to its folder (what POST /api/rules/test takes as "file").</param>
/// <param name="Workflows">Rule workflow names, or the workflow definition id.</param>
/// <param name="Error">Why the file could not be read, if it could not.</param>
public sealed record ShippedRuleFile(string Kind, string File, IReadOnlyList<string> Workflows, string? Error);
