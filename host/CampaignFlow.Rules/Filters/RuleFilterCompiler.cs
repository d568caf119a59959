using System.Linq.Expressions;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Rules.Binding;
using CampaignFlow.Rules.Diagnostics;
using CampaignFlow.Rules.Facts;
using CampaignFlow.Rules.Model;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Rules.Filters;

/// <summary>
/// Compiles a rule over one named input to a predicate: an <see cref="Expression{TDelegate}"/> that EF Core translates
/// to SQL (segment filters), or a delegate for memory. Both come from the same rule text and fact maps.
/// A workflow's filter is its enabled top-level rules combined with AND (or one rule by name).
/// Throws <see cref="RuleCompilationException"/> naming the workflow, rule and column.
/// </summary>
public sealed class RuleFilterCompiler(RulesOptions options)
{
    public const string ContactInput = "contact";

    public RuleFilterCompiler(IOptions<RulesOptions> options)
        : this(options.Value)
    {
    }

    public RulesOptions Options => options;

    /// <summary>A SQL-translatable filter from a rule of <paramref name="workflow"/> (all enabled rules, AND-ed, when no name).</summary>
    public Expression<Func<T, bool>> CompileFilter<T>(RuleWorkflow workflow, string inputName, string? ruleName = null) =>
        Build<T>(workflow, inputName, ruleName, RuleCompileMode.Query);

    /// <summary>A SQL-translatable filter from one expression, e.g. "contact.JobResponsibilities.Contains(\"PURCHASE\")".</summary>
    public Expression<Func<T, bool>> CompileFilter<T>(string expression, string inputName) =>
        Build<T>(Wrap(expression), inputName, null, RuleCompileMode.Query);

    public Expression<Func<Contact, bool>> CompileContactFilter(RuleWorkflow workflow, string? ruleName = null) =>
        CompileFilter<Contact>(workflow, ContactInput, ruleName);

    public Expression<Func<Contact, bool>> CompileContactFilter(string expression) =>
        CompileFilter<Contact>(expression, ContactInput);

    /// <summary>
    /// The same rule as an in-memory delegate. A rule that throws at run time (e.g. a null string) yields false.
    /// </summary>
    public Func<T, bool> CompilePredicate<T>(RuleWorkflow workflow, string inputName, string? ruleName = null) =>
        Build<T>(workflow, inputName, ruleName, RuleCompileMode.Memory).Compile();

    public Func<T, bool> CompilePredicate<T>(string expression, string inputName) =>
        Build<T>(Wrap(expression), inputName, null, RuleCompileMode.Memory).Compile();

    /// <summary>The memory form as an expression tree (for inspection, or to compile yourself).</summary>
    public Expression<Func<T, bool>> CompileMemoryExpression<T>(RuleWorkflow workflow, string inputName, string? ruleName = null) =>
        Build<T>(workflow, inputName, ruleName, RuleCompileMode.Memory);

    private Expression<Func<T, bool>> Build<T>(RuleWorkflow workflow, string inputName, string? ruleName, RuleCompileMode mode)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentException.ThrowIfNullOrWhiteSpace(inputName);
        var parameter = Expression.Parameter(typeof(T), inputName);
        var scope = new BindingScope();
        scope.Add(inputName, new Bound(parameter));
        var builder = new RuleExpressionBuilder(options, mode);
        List<Rule> rules;
        if (ruleName is null)
        {
            rules = workflow.Rules.Where(r => r.Enabled).ToList();
            if (rules.Count == 0)
            {
                throw new RuleCompilationException(workflow.WorkflowName, null, "", 1, "the workflow has no enabled rules");
            }
        }
        else
        {
            var rule = workflow.Rules.FirstOrDefault(r => r.RuleName == ruleName)
                ?? throw new RuleCompilationException(workflow.WorkflowName, ruleName, "", 1,
                    $"the workflow has no rule '{ruleName}' (rules: {string.Join(", ", workflow.Rules.Select(r => r.RuleName))})");
            rules = [rule];
        }
        var body = rules.Select(r => builder.Condition(workflow, r, scope)).Aggregate(Expression.AndAlso);
        if (mode == RuleCompileMode.Memory)
        {
            // Never true by accident: a rule that throws does not hold.
            body = Expression.TryCatch(body, Expression.Catch(typeof(Exception), Expression.Constant(false)));
        }
        var lambda = Expression.Lambda<Func<T, bool>>(body, parameter);
        return mode == RuleCompileMode.Memory ? NestedLambdaHoister.Hoist(SelectFusion.Fuse(lambda)) : lambda;
    }

    private static RuleWorkflow Wrap(string expression) => new()
    {
        WorkflowName = "(expression)",
        Rules = [new Rule { RuleName = "(expression)", Expression = expression }],
    };
}
