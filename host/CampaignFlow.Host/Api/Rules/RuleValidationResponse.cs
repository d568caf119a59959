using CampaignFlow.Rules.Diagnostics;

namespace CampaignFlow.Host.Api.Rules;

/// <summary>POST /api/rules/validate: valid, or every diagnostic (line/position for JSON errors, column inside an expression).</summary>
public sealed record RuleValidationResponse(bool Valid, IReadOnlyList<RuleDiagnostic> Diagnostics);
