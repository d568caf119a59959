using System.Text.Json;
using System.Text.RegularExpressions;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Loading;

/// <summary>
/// Reads rule files: one workflow object or an array of them. Every problem comes back as a diagnostic naming the
/// file, the workflow, the rule and, for JSON errors, the line and position.
/// </summary>
public static partial class RuleFileLoader
{
    private static readonly string[] Operators = ["And", "AndAlso", "Or", "OrElse"];

    /// <summary>Reads and checks a file; throws <see cref="RuleLoadException"/> listing every problem.</summary>
    public static RuleFile Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RuleLoadException([new RuleDiagnostic(path, null, null, $"cannot read the file: {ex.Message}")]);
        }
        return Parse(text, path);
    }

    /// <summary>Reads every *.json rule file under a folder (the schema file excepted), in name order.</summary>
    public static IReadOnlyList<RuleFile> LoadDirectory(string directory) =>
        RuleFilesIn(directory).Select(Load).ToList();

    public static IEnumerable<string> RuleFilesIn(string directory) =>
        Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>Reads JSON text; <paramref name="source"/> names it in diagnostics.</summary>
    public static RuleFile Parse(string json, string source = "(text)")
    {
        var (file, diagnostics) = TryParse(json, source);
        return diagnostics.Count > 0 ? throw new RuleLoadException(diagnostics) : file!;
    }

    /// <summary>Like <see cref="Parse"/> but returns the problems instead of throwing.</summary>
    public static (RuleFile? File, IReadOnlyList<RuleDiagnostic> Diagnostics) TryParse(string json, string source = "(text)")
    {
        ArgumentNullException.ThrowIfNull(json);
        List<RuleWorkflow>? workflows;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var kind = document.RootElement.ValueKind;
            if (kind is not (JsonValueKind.Array or JsonValueKind.Object))
            {
                return (null, [new RuleDiagnostic(source, null, null, $"a rule file holds a workflow object or an array of them, not a {kind.ToString().ToLowerInvariant()}", 1, 1)]);
            }
            workflows = kind == JsonValueKind.Array
                ? JsonSerializer.Deserialize<List<RuleWorkflow>>(json, RuleJson.Options)
                : [JsonSerializer.Deserialize<RuleWorkflow>(json, RuleJson.Options)!];
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd();
            var path = ex.Path is null or "$" ? string.Empty : $" (at {ex.Path})";
            return (null, [new RuleDiagnostic(source, null, null, $"invalid JSON: {reason}{path}", (ex.LineNumber ?? 0) + 1, (ex.BytePositionInLine ?? 0) + 1)]);
        }
        var diagnostics = Check(workflows ?? [], source, json);
        return (new RuleFile(source, workflows ?? [], json), diagnostics);
    }

    /// <summary>Writes workflows back as JSON (an array), e.g. to store a version of a rule set.</summary>
    public static string Serialize(IEnumerable<RuleWorkflow> workflows) => JsonSerializer.Serialize(workflows.ToList(), RuleJson.Options);

    /// <summary>The structural checks: names present and unique, operators valid, expressions present, actions known.</summary>
    public static IReadOnlyList<RuleDiagnostic> Check(IReadOnlyList<RuleWorkflow?> workflows, string source, string? text = null)
    {
        var diagnostics = new List<RuleDiagnostic>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < workflows.Count; i++)
        {
            var workflow = workflows[i];
            if (workflow is null)
            {
                diagnostics.Add(new RuleDiagnostic(source, null, null, $"workflow #{i + 1} is null"));
                continue;
            }
            var name = string.IsNullOrWhiteSpace(workflow.WorkflowName) ? null : workflow.WorkflowName;
            var line = name is null ? null : FindLine(text, "WorkflowName", name);
            if (name is null)
            {
                diagnostics.Add(new RuleDiagnostic(source, null, null, $"workflow #{i + 1} has no WorkflowName"));
            }
            else if (!names.Add(name))
            {
                diagnostics.Add(new RuleDiagnostic(source, name, null, "the workflow is defined twice in this file", line));
            }
            if (workflow.Rules is null || workflow.Rules.Count == 0)
            {
                diagnostics.Add(new RuleDiagnostic(source, name, null, "the workflow has no rules", line));
                continue;
            }
            CheckParams(workflow.GlobalParams, "GlobalParams", source, name, null, line, diagnostics);
            CheckRules(workflow.Rules, source, name, text, diagnostics);
        }
        return diagnostics;
    }

    private static void CheckRules(List<Rule> rules, string source, string? workflow, string? text, List<RuleDiagnostic> diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule is null)
            {
                diagnostics.Add(new RuleDiagnostic(source, workflow, null, $"rule #{i + 1} is null"));
                continue;
            }
            var name = string.IsNullOrWhiteSpace(rule.RuleName) ? null : rule.RuleName;
            var line = name is null ? null : FindLine(text, "RuleName", name);
            void Add(string message) => diagnostics.Add(new RuleDiagnostic(source, workflow, name, message, line));
            if (name is null)
            {
                diagnostics.Add(new RuleDiagnostic(source, workflow, null, $"rule #{i + 1} has no RuleName"));
            }
            else if (!names.Add(name))
            {
                Add("the rule name is used twice in the same list");
            }
            var hasChildren = rule.Rules is { Count: > 0 };
            if (hasChildren)
            {
                if (rule.Operator is null)
                {
                    Add("a rule with nested Rules needs an Operator (And, AndAlso, Or or OrElse)");
                }
                if (!string.IsNullOrWhiteSpace(rule.Expression))
                {
                    Add("a rule has either an Expression or nested Rules, not both");
                }
                CheckRules(rule.Rules!, source, workflow, text, diagnostics);
            }
            else if (string.IsNullOrWhiteSpace(rule.Expression))
            {
                Add("the rule has no Expression");
            }
            if (rule.Operator is not null && !Operators.Contains(rule.Operator, StringComparer.OrdinalIgnoreCase))
            {
                Add($"Operator '{rule.Operator}' is not one of And, AndAlso, Or, OrElse");
            }
            else if (rule.Operator is not null && !hasChildren)
            {
                Add($"Operator '{rule.Operator}' needs nested Rules");
            }
            CheckParams(rule.LocalParams, "LocalParams", source, workflow, name, line, diagnostics);
            CheckAction(rule.Actions?.OnSuccess, "OnSuccess", Add);
            CheckAction(rule.Actions?.OnFailure, "OnFailure", Add);
        }
    }

    private static void CheckParams(List<ScopedParam>? parameters, string field, string source, string? workflow, string? rule, long? line, List<RuleDiagnostic> diagnostics)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parameter, index) in (parameters ?? []).Select((p, i) => (p, i)))
        {
            if (parameter is null || string.IsNullOrWhiteSpace(parameter.Name) || !IdentifierPattern().IsMatch(parameter.Name))
            {
                diagnostics.Add(new RuleDiagnostic(source, workflow, rule, $"{field} #{index + 1} needs a Name that is a valid identifier", line));
                continue;
            }
            if (!names.Add(parameter.Name))
            {
                diagnostics.Add(new RuleDiagnostic(source, workflow, rule, $"{field} '{parameter.Name}' is defined twice", line));
            }
            if (string.IsNullOrWhiteSpace(parameter.Expression))
            {
                diagnostics.Add(new RuleDiagnostic(source, workflow, rule, $"{field} '{parameter.Name}' has no Expression", line));
            }
        }
    }

    private static void CheckAction(RuleActionInfo? action, string field, Action<string> add)
    {
        if (action is null)
        {
            return;
        }
        if (string.Equals(action.Name, RuleActionInfo.OutputExpression, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(action.GetContextText("Expression")))
            {
                add($"the {field} action OutputExpression needs Context.Expression");
            }
        }
        else if (string.Equals(action.Name, RuleActionInfo.EvaluateRule, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(action.GetContextText("workflowName")) || string.IsNullOrWhiteSpace(action.GetContextText("ruleName")))
            {
                add($"the {field} action EvaluateRule needs Context.workflowName and Context.ruleName");
            }
        }
        else
        {
            add($"the {field} action '{action.Name}' is unknown (known: OutputExpression, EvaluateRule)");
        }
    }

    /// <summary>The 1-based line where "Field": "name" appears in the text, to point editors at a rule.</summary>
    public static long? FindLine(string? text, string field, string name)
    {
        if (text is null)
        {
            return null;
        }
        var encoded = JsonSerializer.Serialize(name)[1..^1];
        var match = Regex.Match(text, $"\"{field}\"\\s*:\\s*\"{Regex.Escape(encoded)}\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? text.AsSpan(0, match.Index).Count('\n') + 1 : null;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();
}
