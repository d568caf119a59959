using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>
/// PUT /api/rules/{workflow}: the rule set as one RulesEngine workflow object (its WorkflowName must be the one in the
/// path), and the version it replaces (omit or 0 to create one).
/// </summary>
public sealed class RuleSetSaveRequest : IApiRequest
{
    [Range(0, int.MaxValue, ErrorMessage = "must be 0 or more.")]
    public int? ExpectedVersion { get; init; }

    [Required(ErrorMessage = "is required (the RulesEngine workflow object).")]
    public JsonElement? Workflow { get; init; }
}
