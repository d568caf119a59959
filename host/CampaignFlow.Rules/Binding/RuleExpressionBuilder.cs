using System.Linq.Expressions;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Facts;
using CampaignFlow.Rules.Model;
using CampaignFlow.Rules.Parsing;

namespace CampaignFlow.Rules.Binding;

/// <summary>
/// Builds the expression of a rule (with its GlobalParams and LocalParams, and nested rules combined by their
/// Operator). In memory, params become block variables evaluated once, in order; in a query they are inlined.
/// </summary>
internal sealed class RuleExpressionBuilder(RulesOptions options, RuleCompileMode mode, Func<string, bool>? untyped = null)
{
    public RuleCompileMode Mode => mode;

    /// <summary>The scope a rule's expressions see: inputs, then global params, then the rule's local params.</summary>
    public RuleScope BuildScope(BindingScope inputs, RuleWorkflow workflow, Rule rule)
    {
        var scope = new BindingScope(inputs);
        var variables = new List<ParameterExpression>();
        var assignments = new List<Expression>();
        AddParams(workflow.GlobalParams, "GlobalParams", workflow, rule, scope, variables, assignments);
        AddParams(rule.LocalParams, "LocalParams", workflow, rule, scope, variables, assignments);
        return new RuleScope(scope, variables, assignments);
    }

    private void AddParams(List<ScopedParam>? parameters, string field, RuleWorkflow workflow, Rule rule, BindingScope scope,
        List<ParameterExpression> variables, List<Expression> assignments)
    {
        foreach (var parameter in parameters ?? [])
        {
            var bound = Guard(workflow, rule, parameter.Expression, $"{field} '{parameter.Name}'",
                () => Binder.BindText(parameter.Expression, scope, options, mode, untyped));
            if (mode == RuleCompileMode.Query)
            {
                scope.Add(parameter.Name, bound);
                continue;
            }
            var variable = Expression.Variable(bound.Type, parameter.Name);
            variables.Add(variable);
            assignments.Add(Expression.Assign(variable, bound.Expression));
            scope.Add(parameter.Name, bound with { Expression = variable });
        }
    }

    /// <summary>The condition of one rule (nested rules combined), with its params in front.</summary>
    public Expression Condition(RuleWorkflow workflow, Rule rule, BindingScope inputs)
    {
        if (rule.Rules is { Count: > 0 })
        {
            var children = rule.Rules.Where(r => r.Enabled).Select(r => Condition(workflow, r, inputs)).ToList();
            if (children.Count == 0)
            {
                return Expression.Constant(IsAnd(rule));
            }
            return children.Aggregate(IsAnd(rule) ? Expression.AndAlso : Expression.OrElse);
        }
        var ruleScope = BuildScope(inputs, workflow, rule);
        var body = LeafCondition(workflow, rule, ruleScope);
        return ruleScope.Wrap(body);
    }

    public Expression LeafCondition(RuleWorkflow workflow, Rule rule, RuleScope scope)
    {
        if (rule.RuleExpressionType != RuleExpressionType.LambdaExpression)
        {
            throw new RuleCompilationException(workflow.WorkflowName, rule.RuleName, rule.Expression ?? "", 1, $"RuleExpressionType '{rule.RuleExpressionType}' is not supported");
        }
        var text = rule.Expression ?? "";
        return Guard(workflow, rule, text, null, () => Binder.BindCondition(text, scope.Scope, options, mode, untyped));
    }

    /// <summary>Binds any other expression of the rule (an action's output, a message placeholder) in the rule's scope.</summary>
    public Expression Value(RuleWorkflow workflow, Rule rule, RuleScope scope, string text, string context)
    {
        var bound = Guard(workflow, rule, text, context, () => Binder.BindText(text, scope.Scope, options, mode, untyped));
        return scope.Wrap(Expression.Convert(bound.Expression, typeof(object)));
    }

    public static bool IsAnd(Rule rule) =>
        rule.Operator is null || rule.Operator.StartsWith("And", StringComparison.OrdinalIgnoreCase);

    private static T Guard<T>(RuleWorkflow workflow, Rule rule, string text, string? context, Func<T> bind)
    {
        try
        {
            return bind();
        }
        catch (RuleSyntaxError error)
        {
            var reason = context is null ? error.Message : $"{error.Message} (in {context})";
            throw new RuleCompilationException(workflow.WorkflowName, rule.RuleName, text, error.Position + 1, reason);
        }
    }
}
