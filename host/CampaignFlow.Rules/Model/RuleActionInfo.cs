using System.Text.Json;

namespace CampaignFlow.Rules.Model;

/// <summary>
/// An action: Name is OutputExpression (Context.Expression) or EvaluateRule (Context.workflowName, Context.ruleName).
/// </summary>
public sealed class RuleActionInfo
{
    public const string OutputExpression = "OutputExpression";
    public const string EvaluateRule = "EvaluateRule";

    public string Name { get; set; } = "";

    public Dictionary<string, object?>? Context { get; set; }

    /// <summary>A context value as text, the key compared ignoring case (RulesEngine files use both cases).</summary>
    public string? GetContextText(string key)
    {
        if (Context is null)
        {
            return null;
        }
        var value = Context.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        return value switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            JsonElement { ValueKind: JsonValueKind.Null } => null,
            JsonElement element => element.GetRawText(),
            _ => value.ToString(),
        };
    }
}
