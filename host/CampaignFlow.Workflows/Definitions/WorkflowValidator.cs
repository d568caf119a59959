using System.Text.Json;
using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Definitions;

/// <summary>
/// Semantic checks on a read definition: initial and target states exist, states are campaign status codes,
/// every state is reachable, actions are known with their required arguments, event triggers are not ambiguous.
/// </summary>
public static class WorkflowValidator
{
    /// <summary>Every semantic error of <paramref name="definition"/> (empty when it is valid).</summary>
    public static IReadOnlyList<WorkflowDefinitionError> Validate(WorkflowDefinition definition, WorkflowValidationContext context)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<WorkflowDefinitionError>();
        void Error(string path, string message) => errors.Add(new(definition.Source, path, message));

        if (definition.FindState(definition.Initial) is null)
        {
            Error("$.initial", $"the initial state '{definition.Initial}' is not one of the states ({StateList(definition)})");
        }

        foreach (var state in definition.States)
        {
            var path = $"$.states.{state.Name}";
            if (!context.StatusCodes.Contains(state.Name))
            {
                Error(path, $"'{state.Name}' is not a campaign status code (known: {string.Join(", ", context.StatusCodes.Order(StringComparer.Ordinal))})");
            }

            if (state.IsFinal && state.Transitions.Count > 0)
            {
                Error($"{path}.on", "a final state has no transitions");
            }

            CheckActions(state.Entry, context, Error);
            CheckActions(state.Exit, context, Error);
            CheckTransitions(definition, state, context, Error);
        }

        CheckReachability(definition, Error);
        return errors;
    }

    private static void CheckTransitions(WorkflowDefinition definition, WorkflowStateDefinition state, WorkflowValidationContext context, Action<string, string> error)
    {
        // Several transitions may share an event only as guarded alternatives: the first whose condition holds wins,
        // so an unguarded one makes every later one with the same event unreachable.
        var unguarded = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var transition in state.Transitions)
        {
            if (definition.FindState(transition.To) is null)
            {
                error($"{transition.Path}.to", $"unknown state '{transition.To}' (states: {StateList(definition)})");
            }

            if (transition.Trigger.EventName is { } eventName)
            {
                if (unguarded.TryGetValue(eventName, out var first))
                {
                    error($"{transition.Path}.event", $"duplicate trigger: event '{eventName}' is already handled without a condition by on[{first}]");
                }
                else if (transition.When is null)
                {
                    unguarded[eventName] = transition.Index;
                }
            }

            if (transition.When is { } when && context.ValidateCondition?.Invoke(when) is { } problem)
            {
                error($"{transition.Path}.when", problem);
            }

            CheckActions(transition.Actions, context, error);
        }
    }

    private static void CheckActions(IReadOnlyList<WorkflowActionDefinition> actions, WorkflowValidationContext context, Action<string, string> error)
    {
        foreach (var action in actions)
        {
            var descriptor = context.Actions.Find(action.Name);
            if (descriptor is null)
            {
                error($"{action.Path}.do", $"unknown action '{action.Name}' (known: {string.Join(", ", context.Actions.Names.Order(StringComparer.Ordinal))})");
                continue;
            }

            if (descriptor.IsImplicit)
            {
                error($"{action.Path}.do", $"'{action.Name}' is implicit: entering a state sets its status code");
                continue;
            }

            foreach (var argument in descriptor.Arguments)
            {
                if (!action.Args.TryGetValue(argument.Name, out var value))
                {
                    if (argument.Required)
                    {
                        error(action.Path, $"action '{action.Name}' needs the argument '{argument.Name}'");
                    }

                    continue;
                }

                if (CheckValue(argument, value) is { } problem)
                {
                    error($"{action.Path}.{argument.Name}", problem);
                }
                else if (action.Name == WorkflowActionNames.CallRule && argument.Name == "rule"
                    && value.ValueKind == JsonValueKind.String && context.ValidateRule?.Invoke(value.GetString()!) is { } ruleProblem)
                {
                    error($"{action.Path}.rule", ruleProblem);
                }
            }

            foreach (var name in action.Args.Keys.Where(name => descriptor.Arguments.All(a => a.Name != name)))
            {
                var allowed = descriptor.Arguments.Count == 0 ? "it takes none" : $"allowed: {string.Join(", ", descriptor.Arguments.Select(a => a.Name))}";
                error($"{action.Path}.{name}", $"unknown argument '{name}' for action '{action.Name}' ({allowed})");
            }
        }
    }

    private static string? CheckValue(WorkflowActionArgument argument, JsonElement value) => argument.Kind switch
    {
        WorkflowArgumentKind.Boolean when value.ValueKind is not (JsonValueKind.True or JsonValueKind.False) => $"must be true or false, not {value.GetRawText()}",
        WorkflowArgumentKind.Number when value.ValueKind != JsonValueKind.Number => $"must be a number, not {value.GetRawText()}",
        WorkflowArgumentKind.Text or WorkflowArgumentKind.DateFormula when value.ValueKind != JsonValueKind.String => $"must be a string, not {value.GetRawText()}",
        WorkflowArgumentKind.Text when value.GetString() is { Length: 0 } => "must not be empty",
        WorkflowArgumentKind.Text when argument.AllowedValues is { } allowed && !allowed.Contains(value.GetString()) =>
            $"must be one of {string.Join(", ", allowed)}, not '{value.GetString()}'",
        WorkflowArgumentKind.DateFormula when !DateFormula.TryParse(value.GetString(), out _, out var problem) => problem,
        _ => null,
    };

    private static void CheckReachability(WorkflowDefinition definition, Action<string, string> error)
    {
        if (definition.FindState(definition.Initial) is null)
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { definition.Initial };
        var queue = new Queue<string>([definition.Initial]);
        while (queue.TryDequeue(out var name))
        {
            foreach (var transition in definition.GetState(name).Transitions)
            {
                if (definition.FindState(transition.To) is not null && reached.Add(transition.To))
                {
                    queue.Enqueue(transition.To);
                }
            }
        }

        foreach (var state in definition.States.Where(s => !reached.Contains(s.Name)))
        {
            error($"$.states.{state.Name}", $"state '{state.Name}' cannot be reached from the initial state '{definition.Initial}'");
        }
    }

    private static string StateList(WorkflowDefinition definition) => string.Join(", ", definition.States.Select(s => s.Name));
}
