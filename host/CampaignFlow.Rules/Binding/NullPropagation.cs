using System.Linq.Expressions;

namespace CampaignFlow.Rules.Binding;

/// <summary>
/// np(a.b.c): guards every nullable receiver of a member chain, giving null instead of a NullReferenceException.
/// Builds "a != null &amp;&amp; a.b != null ? a.b.c : null", which EF Core translates too.
/// </summary>
internal static class NullPropagation
{
    public static Expression Apply(Expression expression)
    {
        var receivers = new List<Expression>();
        var current = expression;
        while (true)
        {
            Expression? receiver = current switch
            {
                MemberExpression { Expression: not null } member => member.Expression,
                MethodCallExpression { Object: not null } call => call.Object,
                MethodCallExpression { Method.DeclaringType: var t, Arguments.Count: > 0 } call
                    when t == typeof(Enumerable) => call.Arguments[0],
                UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.TypeAs } unary => unary.Operand,
                _ => null,
            };
            if (receiver is null)
            {
                break;
            }
            if (current is not UnaryExpression)
            {
                receivers.Add(receiver);
            }
            current = receiver;
        }
        var checks = receivers
            .Where(r => TypeRules.CanBeNull(r.Type) && r is not ParameterExpression and not ConstantExpression)
            .Reverse()
            .Select(r => (Expression)Expression.NotEqual(r, Expression.Constant(null, r.Type)))
            .ToList();
        if (checks.Count == 0)
        {
            return expression;
        }
        var test = checks.Aggregate(Expression.AndAlso);
        var type = TypeRules.MakeNullable(expression.Type);
        var value = expression.Type == type ? expression : Expression.Convert(expression, type);
        return Expression.Condition(test, value, Expression.Constant(null, type));
    }
}
