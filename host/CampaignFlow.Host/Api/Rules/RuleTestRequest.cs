using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>POST /api/rules/test: a shipped rule file (relative to the rules folder) or rule JSON, the workflow to run, the inputs as JSON.</summary>
public sealed class RuleTestRequest : IApiRequest
{
    [StringLength(400, ErrorMessage = "is longer than 400 characters.")]
    public string? File { get; init; }

    public JsonElement? Json { get; init; }

    [Required(ErrorMessage = "is required."), StringLength(200, ErrorMessage = "is longer than 200 characters.")]
    public string? Workflow { get; init; }

    public Dictionary<string, JsonElement> Inputs { get; init; } = [];
}
