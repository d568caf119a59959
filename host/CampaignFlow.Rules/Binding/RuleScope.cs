using System.Linq.Expressions;

namespace CampaignFlow.Rules.Binding;

/// <summary>A rule's names plus, in memory, the block variables and assignments of its params.</summary>
internal sealed record RuleScope(BindingScope Scope, IReadOnlyList<ParameterExpression> Variables, IReadOnlyList<Expression> Assignments)
{
    /// <summary>Puts the param assignments in front of <paramref name="body"/> (nothing to do in a query).</summary>
    public Expression Wrap(Expression body) =>
        Variables.Count == 0 ? body : Expression.Block(body.Type, Variables, Assignments.Append(body));
}
