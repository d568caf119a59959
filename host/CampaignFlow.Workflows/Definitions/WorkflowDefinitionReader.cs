using System.Text.Json;
using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Definitions;

/// <summary>
/// Reads the compact workflow JSON into the model, rejecting malformed JSON, unknown fields, wrong value
/// types and bad date formulas; every error names the source, the JSON path and what is wrong.
/// </summary>
internal sealed class WorkflowDefinitionReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly string[] RootFields = ["$schema", "id", "version", "name", "description", "initial", "states"];
    private static readonly string[] StateFields = ["entry", "exit", "on", "final", "description"];
    private static readonly string[] TransitionFields = ["event", "after", "at", "offset", "to", "when", "do", "description"];
    private static readonly string[] ConditionFields = ["rule"];

    private readonly string source;
    private readonly List<WorkflowDefinitionError> errors = [];

    private WorkflowDefinitionReader(string source) => this.source = source;

    public static WorkflowDefinition? Read(string json, string source, List<WorkflowDefinitionError> errors)
    {
        var reader = new WorkflowDefinitionReader(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var position = (ex.BytePositionInLine ?? 0) + 1;
            var reason = ex.Message.Split(" LineNumber:", 2)[0].TrimEnd();
            errors.Add(new(source, "$", $"malformed JSON at line {line}, position {position}: {reason}"));
            return null;
        }

        using (document)
        {
            var definition = reader.ReadRoot(document.RootElement);
            errors.AddRange(reader.errors);
            return reader.errors.Count == 0 ? definition : null;
        }
    }

    private static string Child(string path, string name) => $"{path}.{name}";

    private WorkflowDefinition? ReadRoot(JsonElement root)
    {
        if (!ExpectObject(root, "$", RootFields))
        {
            return null;
        }

        var id = RequiredString(root, "$", "id");
        var name = OptionalString(root, "$", "name") ?? id;
        var description = OptionalString(root, "$", "description");
        var initial = RequiredString(root, "$", "initial");
        var version = 0;
        if (!root.TryGetProperty("version", out var versionElement))
        {
            Error("$", "missing required field 'version'");
        }
        else if (versionElement.ValueKind != JsonValueKind.Number || !versionElement.TryGetInt32(out version) || version < 1)
        {
            Error("$.version", $"must be a whole number of 1 or more, not {versionElement.GetRawText()}");
        }

        var states = new List<WorkflowStateDefinition>();
        if (!root.TryGetProperty("states", out var statesElement))
        {
            Error("$", "missing required field 'states'");
        }
        else if (statesElement.ValueKind != JsonValueKind.Object)
        {
            Error("$.states", $"must be an object of states keyed by status code, not {Describe(statesElement)}");
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in statesElement.EnumerateObject())
            {
                var path = Child("$.states", property.Name);
                if (!seen.Add(property.Name))
                {
                    Error(path, $"state '{property.Name}' is defined twice");
                    continue;
                }

                if (ReadState(property.Name, property.Value, path) is { } state)
                {
                    states.Add(state);
                }
            }

            if (seen.Count == 0)
            {
                Error("$.states", "must define at least one state");
            }
        }

        return id is null || initial is null ? null : new WorkflowDefinition(id, version, name ?? id, description, initial, states, source);
    }

    private WorkflowStateDefinition? ReadState(string name, JsonElement element, string path)
    {
        if (!ExpectObject(element, path, StateFields))
        {
            return null;
        }

        var entry = ReadActions(element, path, "entry");
        var exit = ReadActions(element, path, "exit");
        var isFinal = false;
        if (element.TryGetProperty("final", out var finalElement))
        {
            if (finalElement.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                isFinal = finalElement.GetBoolean();
            }
            else
            {
                Error(Child(path, "final"), $"must be true or false, not {Describe(finalElement)}");
            }
        }

        OptionalString(element, path, "description");
        var transitions = new List<WorkflowTransitionDefinition>();
        if (element.TryGetProperty("on", out var on))
        {
            if (on.ValueKind != JsonValueKind.Array)
            {
                Error(Child(path, "on"), $"must be an array of transitions, not {Describe(on)}");
            }
            else
            {
                var index = 0;
                foreach (var item in on.EnumerateArray())
                {
                    if (ReadTransition(index, item, $"{path}.on[{index}]") is { } transition)
                    {
                        transitions.Add(transition);
                    }

                    index++;
                }
            }
        }

        return new WorkflowStateDefinition(name, entry, exit, transitions, isFinal);
    }

    private WorkflowTransitionDefinition? ReadTransition(int index, JsonElement element, string path)
    {
        if (!ExpectObject(element, path, TransitionFields))
        {
            return null;
        }

        var to = RequiredString(element, path, "to");
        var eventName = OptionalString(element, path, "event");
        var after = OptionalFormula(element, path, "after");
        var at = OptionalString(element, path, "at");
        var offset = OptionalFormula(element, path, "offset");
        OptionalString(element, path, "description");
        var triggers = new[] { "event", "after", "at" }.Where(t => element.TryGetProperty(t, out _)).ToList();
        WorkflowTriggerDefinition? trigger = null;
        if (triggers.Count != 1)
        {
            Error(path, triggers.Count == 0
                ? "a transition needs a trigger: 'event', 'after' or 'at'"
                : $"a transition has exactly one trigger, not {string.Join(" and ", triggers.Select(t => $"'{t}'"))}");
        }
        else if (eventName is not null)
        {
            trigger = WorkflowTriggerDefinition.Event(eventName);
            if (eventName.Length == 0)
            {
                Error(Child(path, "event"), "the event name is empty");
            }
        }
        else if (after is not null)
        {
            trigger = WorkflowTriggerDefinition.Timer(WorkflowTimerAnchor.StateEntry, after);
        }
        else if (at is not null)
        {
            var anchor = at switch
            {
                "startingDate" => WorkflowTimerAnchor.StartingDate,
                "endingDate" => WorkflowTimerAnchor.EndingDate,
                _ => (WorkflowTimerAnchor?)null,
            };
            if (anchor is null)
            {
                Error(Child(path, "at"), $"must be 'startingDate' or 'endingDate', not '{at}'");
            }
            else
            {
                trigger = WorkflowTriggerDefinition.Timer(anchor.Value, offset);
            }
        }

        if (element.TryGetProperty("offset", out _) && !element.TryGetProperty("at", out _))
        {
            Error(Child(path, "offset"), "'offset' only goes with 'at' (for 'after' the formula is the offset)");
        }

        var when = ReadCondition(element, path);
        var actions = ReadActions(element, path, "do");
        return trigger is null || to is null ? null : new WorkflowTransitionDefinition(index, trigger, to, when, actions, path);
    }

    private WorkflowCondition? ReadCondition(JsonElement element, string path)
    {
        if (!element.TryGetProperty("when", out var when))
        {
            return null;
        }

        var conditionPath = Child(path, "when");
        if (when.ValueKind == JsonValueKind.String)
        {
            var expression = when.GetString()!;
            if (string.IsNullOrWhiteSpace(expression))
            {
                Error(conditionPath, "the condition is empty");
                return null;
            }

            return new WorkflowCondition(expression, null);
        }

        if (when.ValueKind == JsonValueKind.Object && ExpectObject(when, conditionPath, ConditionFields))
        {
            var rule = RequiredString(when, conditionPath, "rule");
            return rule is null ? null : new WorkflowCondition(null, rule);
        }

        if (when.ValueKind != JsonValueKind.Object)
        {
            Error(conditionPath, $"must be an expression string or {{\"rule\": \"…\"}}, not {Describe(when)}");
        }

        return null;
    }

    private List<WorkflowActionDefinition> ReadActions(JsonElement owner, string ownerPath, string field)
    {
        var actions = new List<WorkflowActionDefinition>();
        if (!owner.TryGetProperty(field, out var list))
        {
            return actions;
        }

        var listPath = Child(ownerPath, field);
        if (list.ValueKind != JsonValueKind.Array)
        {
            Error(listPath, $"must be an array of actions like {{\"do\": \"activatePrices\"}}, not {Describe(list)}");
            return actions;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"{listPath}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                Error(path, $"an action must be an object like {{\"do\": \"activatePrices\"}}, not {Describe(item)}");
                continue;
            }

            var name = RequiredString(item, path, "do");
            var args = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var property in item.EnumerateObject())
            {
                if (property.Name == "do")
                {
                    continue;
                }

                if (!args.TryAdd(property.Name, property.Value.Clone()))
                {
                    Error(Child(path, property.Name), $"argument '{property.Name}' is given twice");
                }
            }

            if (name is not null)
            {
                actions.Add(new WorkflowActionDefinition(name, args, path));
            }
        }

        return actions;
    }

    private bool ExpectObject(JsonElement element, string path, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Error(path, $"must be an object, not {Describe(element)}");
            return false;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name))
            {
                Error(Child(path, property.Name), $"unknown field '{property.Name}' (allowed: {string.Join(", ", allowed)})");
            }
            else if (!seen.Add(property.Name))
            {
                Error(Child(path, property.Name), $"field '{property.Name}' is given twice");
            }
        }

        return true;
    }

    private string? RequiredString(JsonElement element, string path, string field)
    {
        if (!element.TryGetProperty(field, out _))
        {
            Error(path, $"missing required field '{field}'");
            return null;
        }

        var value = OptionalString(element, path, field);
        if (value is { Length: 0 })
        {
            Error(Child(path, field), "must not be empty");
            return null;
        }

        return value;
    }

    private string? OptionalString(JsonElement element, string path, string field)
    {
        if (!element.TryGetProperty(field, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(Child(path, field), $"must be a string, not {Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    private DateFormula? OptionalFormula(JsonElement element, string path, string field)
    {
        var text = OptionalString(element, path, field);
        if (text is null)
        {
            return null;
        }

        if (DateFormula.TryParse(text, out var formula, out var error))
        {
            return formula;
        }

        Error(Child(path, field), error);
        return null;
    }

    private void Error(string path, string message) => errors.Add(new(source, path, message));

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {element.GetRawText()}",
        _ => element.GetRawText(),
    };
}
