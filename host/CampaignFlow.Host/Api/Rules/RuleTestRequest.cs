using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>POST /api/rules/test: a shipped rule file (relative to the rules folder) or rule JSON, the workflow to run, the inputs as JSON.</summary>
public sealed class RuleTestRequest : IApiRequest
{
    [StringLength(400)]
    public string? File { get; set; }

    public JsonElement? Json { get; set; }

    [Required, StringLength(200, MinimumLength = 1)]
    public string Workflow { get; set; } = "";

    public Dictionary<string, JsonElement> Inputs { get; set; } = [];
}
