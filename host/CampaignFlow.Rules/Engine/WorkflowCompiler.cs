using System.Linq.Expressions;
using System.Text.RegularExpressions;
using CampaignFlow.Rules.Binding;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Facts;
using CampaignFlow.Rules.Model;

namespace CampaignFlow.Rules.Engine;

/// <summary>
/// Compiles a workflow to in-memory delegates taking the inputs as an object array. A rule that fails to compile
/// becomes a result with its error (the others still run), as in RulesEngine.
/// </summary>
internal sealed partial class WorkflowCompiler(RulesOptions options)
{
    public CompiledWorkflow Compile(RuleWorkflow workflow, IReadOnlyList<Rule> rules, IReadOnlyList<RuleInput> inputs)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "inputs");
        var scope = new BindingScope();
        for (var i = 0; i < inputs.Count; i++)
        {
            var access = Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), inputs[i].Type);
            scope.Add(inputs[i].Name, new Bound(access, inputs[i].Shape));
        }
        var builder = new RuleExpressionBuilder(options, RuleCompileMode.Memory);
        var compiled = rules.Where(r => r.Enabled).Select(r => CompileRule(builder, workflow, r, scope, arguments)).ToList();
        return new CompiledWorkflow(workflow, compiled);
    }

    private CompiledRule CompileRule(RuleExpressionBuilder builder, RuleWorkflow workflow, Rule rule, BindingScope inputs, ParameterExpression arguments)
    {
        try
        {
            var hasChildren = rule.Rules is { Count: > 0 };
            var children = hasChildren
                ? rule.Rules!.Where(r => r.Enabled).Select(r => CompileRule(builder, workflow, r, inputs, arguments)).ToList()
                : null;
            var scope = builder.BuildScope(inputs, workflow, rule);
            Func<object?[], bool>? predicate = null;
            if (!hasChildren)
            {
                var condition = scope.Wrap(builder.LeafCondition(workflow, rule, scope));
                predicate = NestedLambdaHoister.Hoist(SelectFusion.Fuse(Expression.Lambda<Func<object?[], bool>>(condition, arguments))).Compile();
            }
            return new CompiledRule
            {
                Rule = rule,
                Predicate = predicate,
                Children = children,
                IsAnd = RuleExpressionBuilder.IsAnd(rule),
                OnSuccessOutput = Output(builder, workflow, rule, scope, rule.Actions?.OnSuccess, arguments),
                OnFailureOutput = Output(builder, workflow, rule, scope, rule.Actions?.OnFailure, arguments),
                MessageParts = MessageParts(builder, workflow, rule, scope, arguments),
            };
        }
        catch (RuleCompilationException ex)
        {
            return new CompiledRule { Rule = rule, CompileError = ex.Message };
        }
    }

    private static Func<object?[], object?>? Output(RuleExpressionBuilder builder, RuleWorkflow workflow, Rule rule, RuleScope scope,
        RuleActionInfo? action, ParameterExpression arguments)
    {
        if (action is null || !string.Equals(action.Name, RuleActionInfo.OutputExpression, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var text = action.GetContextText("Expression") ?? "";
        var body = builder.Value(workflow, rule, scope, text, "the OutputExpression action");
        return OnFirstUse(Expression.Lambda<Func<object?[], object?>>(body, arguments), interpret: false);
    }

    /// <summary>
    /// Binds now (so errors show when the workflow compiles) but compiles on the first call: outputs and message
    /// placeholders often never run, and each Expression.Compile costs more than the whole rule predicate's.
    /// Message placeholders run only when a rule fails and are interpreted (no compile at all).
    /// </summary>
    private static Func<object?[], object?> OnFirstUse(Expression<Func<object?[], object?>> lambda, bool interpret)
    {
        var compiled = new Lazy<Func<object?[], object?>>(
            () => interpret ? SelectFusion.Fuse(lambda).Compile(preferInterpretation: true) : NestedLambdaHoister.Hoist(SelectFusion.Fuse(lambda)).Compile(),
            LazyThreadSafetyMode.ExecutionAndPublication);
        return arguments => compiled.Value(arguments);
    }

    private static List<(string, Func<object?[], object?>?)> MessageParts(RuleExpressionBuilder builder, RuleWorkflow workflow, Rule rule,
        RuleScope scope, ParameterExpression arguments)
    {
        var parts = new List<(string, Func<object?[], object?>?)>();
        var message = rule.ErrorMessage;
        if (string.IsNullOrEmpty(message))
        {
            return parts;
        }
        var last = 0;
        foreach (Match match in Placeholder().Matches(message))
        {
            parts.Add((message[last..match.Index], null));
            Func<object?[], object?>? getter = null;
            try
            {
                var body = builder.Value(workflow, rule, scope, match.Groups[1].Value, "an ErrorMessage placeholder");
                getter = OnFirstUse(Expression.Lambda<Func<object?[], object?>>(body, arguments), interpret: true);
            }
            catch (RuleCompilationException)
            {
                // An unresolvable placeholder stays as written, as in RulesEngine.
            }
            parts.Add((match.Value, getter));
            last = match.Index + match.Length;
        }
        parts.Add((message[last..], null));
        return parts;
    }

    [GeneratedRegex(@"\$\(([^)]+)\)")]
    private static partial Regex Placeholder();
}
