using System.Collections.Concurrent;
using System.Globalization;
using CampaignFlow.Rules.Binding;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Model;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Rules.Engine;

/// <summary>
/// Runs registered workflows in memory, like Microsoft RulesEngine: each rule is compiled once per
/// (workflow, input names and types) and cached; thread-safe. Rules that cannot compile or that throw report
/// IsSuccess = false with an ExceptionMessage, never success.
/// </summary>
public sealed class RulesEngine
{
    private readonly ConcurrentDictionary<string, RuleWorkflow> _workflows = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<CompileKey, Lazy<CompiledWorkflow>> _compiled = new();
    private readonly WorkflowCompiler _compiler;
    private long _generation;

    public RulesEngine(RulesOptions? options = null)
    {
        Options = options ?? new RulesOptions();
        _compiler = new WorkflowCompiler(Options);
    }

    public RulesEngine(IEnumerable<RuleWorkflow> workflows, RulesOptions? options = null)
        : this(options)
    {
        AddOrUpdateWorkflow([.. workflows]);
    }

    public RulesEngine(IOptions<RulesOptions> options)
        : this(options.Value)
    {
    }

    public RulesOptions Options { get; }

    /// <summary>Registers workflows; throws if a name is already registered.</summary>
    public void AddWorkflow(params RuleWorkflow[] workflows)
    {
        foreach (var workflow in workflows)
        {
            Validate(workflow);
            if (!_workflows.TryAdd(workflow.WorkflowName, workflow))
            {
                throw new RuleExecutionException($"workflow '{workflow.WorkflowName}' is already registered");
            }
        }
        Invalidate();
    }

    /// <summary>Registers or replaces workflows (a new version of a rule set); cached compilations are dropped.</summary>
    public void AddOrUpdateWorkflow(params RuleWorkflow[] workflows)
    {
        foreach (var workflow in workflows)
        {
            Validate(workflow);
            _workflows[workflow.WorkflowName] = workflow;
        }
        Invalidate();
    }

    public void RemoveWorkflow(params string[] workflowNames)
    {
        foreach (var name in workflowNames)
        {
            _workflows.TryRemove(name, out _);
        }
        Invalidate();
    }

    public bool ContainsWorkflow(string workflowName) => _workflows.ContainsKey(workflowName);

    public IReadOnlyList<string> GetAllRegisteredWorkflowNames() => [.. _workflows.Keys.Order(StringComparer.Ordinal)];

    public RuleWorkflow GetWorkflow(string workflowName) =>
        _workflows.TryGetValue(workflowName, out var workflow)
            ? workflow
            : throw new RuleExecutionException(UnknownWorkflow(workflowName));

    /// <summary>Runs every enabled rule with inputs named input1, input2 … (RulesEngine's convention for plain objects).</summary>
    public ValueTask<List<RuleResultTree>> ExecuteAllRulesAsync(string workflowName, params object?[] inputs) =>
        ExecuteAllRulesAsync(workflowName, inputs.Select((value, i) => value as RuleParameter ?? new RuleParameter($"input{i + 1}", value)).ToArray());

    /// <summary>Runs every enabled rule of the workflow with named inputs.</summary>
    public ValueTask<List<RuleResultTree>> ExecuteAllRulesAsync(string workflowName, params RuleParameter[] ruleParameters)
    {
        var (compiled, arguments, inputs) = Prepare(workflowName, ruleParameters);
        var results = compiled.Rules.Select(rule => Evaluate(rule, arguments, inputs, ruleParameters, 0)).ToList();
        return ValueTask.FromResult(results);
    }

    /// <summary>Runs one rule and returns its action's output (RulesEngine's ExecuteActionWorkflowAsync).</summary>
    public ValueTask<ActionRuleResult> ExecuteActionWorkflowAsync(string workflowName, string ruleName, params RuleParameter[] ruleParameters) =>
        ValueTask.FromResult(ExecuteAction(workflowName, ruleName, ruleParameters, 0));

    private ActionRuleResult ExecuteAction(string workflowName, string ruleName, RuleParameter[] ruleParameters, int depth)
    {
        var (compiled, arguments, inputs) = Prepare(workflowName, ruleParameters);
        var rule = compiled.Rules.FirstOrDefault(r => r.Rule.RuleName == ruleName)
            ?? throw new RuleExecutionException($"workflow '{workflowName}' has no enabled rule '{ruleName}'");
        var result = Evaluate(rule, arguments, inputs, ruleParameters, depth);
        return new ActionRuleResult
        {
            Output = result.ActionResult?.Output,
            Exception = result.ActionResult?.Exception,
            Results = [result],
        };
    }

    /// <summary>
    /// Only the verdict: true when every enabled rule of the workflow (and of the workflows it injects) succeeds,
    /// nested rules combined by their Operator, exactly as <see cref="RuleResultTree.IsSuccess"/> of
    /// <see cref="ExecuteAllRulesAsync(string, RuleParameter[])"/> would say. Runs the same cached predicates but
    /// builds no result trees, formats no messages and runs no actions (they never change IsSuccess). A rule that
    /// does not compile or throws is false; a workflow without enabled rules is true. For the reasons, run
    /// ExecuteAllRulesAsync.
    /// </summary>
    public bool AllRulesSucceed(string workflowName, params RuleParameter[] ruleParameters)
    {
        var (compiled, arguments) = Compile(workflowName, ruleParameters);
        foreach (var rule in compiled.Rules)
        {
            if (!Succeeds(rule, arguments))
            {
                return false;
            }
        }
        return true;
    }

    private static bool Succeeds(CompiledRule rule, object?[] arguments)
    {
        if (rule.CompileError is not null)
        {
            return false;
        }
        if (rule.Children is { } children)
        {
            if (children.Count == 0)
            {
                return rule.IsAnd;
            }
            foreach (var child in children)
            {
                if (Succeeds(child, arguments) != rule.IsAnd)
                {
                    return !rule.IsAnd;
                }
            }
            return rule.IsAnd;
        }
        try
        {
            return rule.Predicate!(arguments);
        }
#pragma warning disable CA1031 // As in ExecuteAllRulesAsync: a rule that throws does not hold.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private (CompiledWorkflow Compiled, object?[] Arguments, Dictionary<string, object?> Inputs) Prepare(string workflowName, RuleParameter[] ruleParameters)
    {
        var (compiled, arguments) = Compile(workflowName, ruleParameters);
        var inputs = new Dictionary<string, object?>(ruleParameters.Length, StringComparer.Ordinal);
        foreach (var parameter in ruleParameters)
        {
            inputs.Add(parameter.Name, parameter.Value);
        }
        return (compiled, arguments, inputs);
    }

    /// <summary>The workflow compiled for these input names and types (cached), and the inputs' values in order.</summary>
    private (CompiledWorkflow Compiled, object?[] Arguments) Compile(string workflowName, RuleParameter[] ruleParameters)
    {
        ArgumentNullException.ThrowIfNull(workflowName);
        ArgumentNullException.ThrowIfNull(ruleParameters);
        var workflow = GetWorkflow(workflowName);
        var arguments = new object?[ruleParameters.Length];
        for (var i = 0; i < ruleParameters.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(ruleParameters[j].Name, ruleParameters[i].Name, StringComparison.Ordinal))
                {
                    throw new RuleExecutionException($"input '{ruleParameters[i].Name}' is given twice");
                }
            }
            arguments[i] = ruleParameters[i].Value;
        }
        var key = new CompileKey(workflowName, Interlocked.Read(ref _generation), ruleParameters);
        // TryGetValue first: the factory closure below would otherwise be allocated on every call.
        if (!_compiled.TryGetValue(key, out var compiled))
        {
            compiled = _compiled.GetOrAdd(key, _ => new Lazy<CompiledWorkflow>(
                () => _compiler.Compile(workflow, CollectRules(workflow), ruleParameters.Select(p => new RuleInput(p.Name, p.Type, p.Shape)).ToList()),
                LazyThreadSafetyMode.ExecutionAndPublication));
        }
        return (compiled.Value, arguments);
    }

    /// <summary>The workflow's rules followed by those of the workflows it injects (each once).</summary>
    private List<Rule> CollectRules(RuleWorkflow workflow)
    {
        var rules = new List<Rule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Collect(RuleWorkflow current)
        {
            if (!seen.Add(current.WorkflowName))
            {
                return;
            }
            rules.AddRange(current.Rules);
            foreach (var injected in current.WorkflowsToInject ?? [])
            {
                if (!_workflows.TryGetValue(injected, out var other))
                {
                    throw new RuleExecutionException($"workflow '{current.WorkflowName}' injects '{injected}', which is not registered");
                }
                Collect(other);
            }
        }
        Collect(workflow);
        return rules;
    }

    private RuleResultTree Evaluate(CompiledRule rule, object?[] arguments, Dictionary<string, object?> inputs, RuleParameter[] parameters, int depth)
    {
        if (rule.CompileError is not null)
        {
            return new RuleResultTree { Rule = rule.Rule, IsSuccess = false, Inputs = inputs, ExceptionMessage = rule.CompileError };
        }
        bool success;
        string? error = null;
        List<RuleResultTree>? children = null;
        if (rule.Children is not null)
        {
            children = rule.Children.Select(c => Evaluate(c, arguments, inputs, parameters, depth)).ToList();
            success = children.Count == 0 ? rule.IsAnd : rule.IsAnd ? children.All(c => c.IsSuccess) : children.Any(c => c.IsSuccess);
        }
        else
        {
            try
            {
                success = rule.Predicate!(arguments);
            }
            catch (Exception ex)
            {
                success = false;
                error = $"Error while executing rule '{rule.Rule.RuleName}': {ex.Message}";
            }
        }
        if (!success && error is null)
        {
            error = FormatMessage(rule, arguments);
        }
        return new RuleResultTree
        {
            Rule = rule.Rule,
            IsSuccess = success,
            ChildResults = children,
            Inputs = inputs,
            ExceptionMessage = error,
            ActionResult = RunAction(rule, success, arguments, parameters, depth),
        };
    }

    private ActionResult? RunAction(CompiledRule rule, bool success, object?[] arguments, RuleParameter[] parameters, int depth)
    {
        var action = success ? rule.Rule.Actions?.OnSuccess : rule.Rule.Actions?.OnFailure;
        if (action is null)
        {
            return null;
        }
        try
        {
            if (string.Equals(action.Name, RuleActionInfo.EvaluateRule, StringComparison.OrdinalIgnoreCase))
            {
                if (depth >= Options.MaxActionDepth)
                {
                    throw new RuleExecutionException($"EvaluateRule actions chain deeper than {Options.MaxActionDepth} levels");
                }
                return ExecuteAction(action.GetContextText("workflowName")!, action.GetContextText("ruleName")!, parameters, depth + 1);
            }
            var output = success ? rule.OnSuccessOutput : rule.OnFailureOutput;
            return new ActionResult { Output = output?.Invoke(arguments) };
        }
        catch (Exception ex)
        {
            return new ActionResult { Exception = ex };
        }
    }

    private static string? FormatMessage(CompiledRule rule, object?[] arguments)
    {
        if (rule.MessageParts.Count == 0)
        {
            return rule.Rule.ErrorMessage;
        }
        return string.Concat(rule.MessageParts.Select(part =>
        {
            if (part.Value is null)
            {
                return part.Text;
            }
            try
            {
                return Convert.ToString(part.Value(arguments), CultureInfo.InvariantCulture) ?? "null";
            }
            catch (Exception)
            {
                return part.Text;
            }
        }));
    }

    private static void Validate(RuleWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var diagnostics = Loading.RuleFileLoader.Check([workflow], "(registered)");
        if (diagnostics.Count > 0)
        {
            throw new RuleLoadException(diagnostics);
        }
    }

    private void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _compiled.Clear();
    }

    private string UnknownWorkflow(string name)
    {
        var known = GetAllRegisteredWorkflowNames();
        return $"workflow '{name}' is not registered" + (known.Count == 0 ? "" : $" (registered: {string.Join(", ", known)})");
    }
}
