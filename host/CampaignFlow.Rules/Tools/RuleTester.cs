using System.Text.Json;
using System.Text.Json.Nodes;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Engine;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Loading;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Rules.Tools;

/// <summary>
/// Runs one workflow of a rule file on inputs given as name=json (the `campaignflow rules test` verb) and returns
/// the results as JSON. Inputs named in RulesOptions.InputsFor(workflow) (e.g. contact) are read as those types;
/// others (input1 …) as plain JSON. name=@file.json reads the JSON from a file.
/// Throws <see cref="RuleLoadException"/> for a bad rule file and <see cref="RuleExecutionException"/> for bad inputs.
/// </summary>
public sealed class RuleTester(RulesOptions options)
{
    private static readonly JsonSerializerOptions InputJson = new(RuleJson.Options) { WriteIndented = false };

    public RuleTester(IOptions<RulesOptions> options)
        : this(options.Value)
    {
    }

    public async Task<string> RunAsync(string file, string workflow, IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        var results = await ExecuteAsync(file, workflow, inputs, cancellationToken);
        var json = new JsonObject
        {
            ["workflow"] = workflow,
            ["results"] = new JsonArray([.. results.Select(ToJson)]),
        };
        return json.ToJsonString(RuleJson.Options);
    }

    /// <summary>The same run, returning the result trees.</summary>
    public async Task<List<RuleResultTree>> ExecuteAsync(string file, string workflow, IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var ruleFile = RuleFileLoader.Load(file);
        var engine = new Engine.RulesEngine(ruleFile.Workflows, options);
        var parameters = new List<RuleParameter>();
        foreach (var input in inputs)
        {
            parameters.Add(await ParseInputAsync(input, options.InputsFor(workflow), cancellationToken));
        }
        return await engine.ExecuteAllRulesAsync(workflow, [.. parameters]);
    }

    private static async Task<RuleParameter> ParseInputAsync(string input, IReadOnlyDictionary<string, Type> types, CancellationToken cancellationToken)
    {
        var split = input.IndexOf('=', StringComparison.Ordinal);
        if (split <= 0)
        {
            throw new RuleExecutionException($"input '{input}' must be written name=json, e.g. contact={{\"Name\":\"Ann\"}}");
        }
        var name = input[..split].Trim();
        var json = input[(split + 1)..];
        var source = $"input '{name}'";
        if (json.StartsWith('@'))
        {
            var path = json[1..];
            try
            {
                json = await File.ReadAllTextAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new RuleExecutionException($"{source}: cannot read '{path}': {ex.Message}", ex);
            }
        }
        try
        {
            if (types.TryGetValue(name, out var type))
            {
                var value = JsonSerializer.Deserialize(json, type, InputJson)
                    ?? throw new RuleExecutionException($"{source}: null is not a {type.Name}");
                return new RuleParameter(name, type, value);
            }
            using var document = JsonDocument.Parse(json);
            return new RuleParameter(name, document.RootElement.Clone());
        }
        catch (JsonException ex)
        {
            var reason = ex.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd();
            throw new RuleExecutionException($"{source}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {reason}", ex);
        }
    }

    private static JsonObject ToJson(RuleResultTree result)
    {
        var json = new JsonObject
        {
            ["RuleName"] = result.Rule.RuleName,
            ["IsSuccess"] = result.IsSuccess,
            ["SuccessEvent"] = result.SuccessEvent,
            ["ExceptionMessage"] = result.ExceptionMessage,
        };
        if (result.ActionResult is { } action)
        {
            json["ActionOutput"] = action.Output is null ? null : JsonSerializer.SerializeToNode(action.Output, action.Output.GetType(), RuleJson.Options);
            json["ActionException"] = action.Exception?.Message;
        }
        if (result.ChildResults is { } children)
        {
            json["ChildResults"] = new JsonArray([.. children.Select(ToJson)]);
        }
        return json;
    }
}
