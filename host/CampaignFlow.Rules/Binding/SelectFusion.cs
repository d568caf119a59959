using System.Linq.Expressions;
using System.Reflection;

namespace CampaignFlow.Rules.Binding;

/// <summary>
/// For the memory back end: src.Select(x => x.Code).Contains(v) becomes src.Any(x => x.Code == v), and
/// src.Select(f).Any(p) becomes src.Any(x => p(f(x))), so fact collections cost no iterator per call.
/// The commonest case, a fact's codes against a constant (src.Select(x => x.Code).Contains("PURCHASE")), becomes a
/// call of <see cref="FactCollections"/> with a member reader compiled once per process: no nested lambda to compile.
/// EF Core gets the untouched tree.
/// </summary>
internal sealed class SelectFusion : ExpressionVisitor
{
    private static readonly MethodInfo AnyWithPredicate = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Any) && m.GetParameters().Length == 2);

    public static T Fuse<T>(T lambda)
        where T : LambdaExpression =>
        (T)new SelectFusion().Visit(lambda);

    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var visited = (MethodCallExpression)base.VisitMethodCall(node);
        if (visited.Method.DeclaringType != typeof(Enumerable) || visited.Arguments.Count != 2
            || visited.Arguments[0] is not MethodCallExpression { Method.Name: nameof(Enumerable.Select) } select
            || select.Method.DeclaringType != typeof(Enumerable)
            || select.Arguments[1] is not LambdaExpression { Parameters.Count: 1 } selector)
        {
            return visited;
        }
        var source = select.Arguments[0];
        if (visited.Method.Name == nameof(Enumerable.Contains) && visited.Arguments[1] is ConstantExpression constant
            && ContainsByReader(source, selector, constant) is { } call)
        {
            return call;
        }
        var item = Expression.Parameter(selector.Parameters[0].Type, selector.Parameters[0].Name);
        var projected = ParameterReplacer.Inline(selector, item);
        Expression? test = null;
        if (visited.Method.Name == nameof(Enumerable.Contains) && IsSimpleEquatable(projected.Type)
            && visited.Arguments[1] is ConstantExpression value)
        {
            test = Expression.Equal(projected, value);
        }
        else if (visited.Method.Name == nameof(Enumerable.Any) && visited.Arguments[1] is LambdaExpression { Parameters.Count: 1 } predicate)
        {
            test = ParameterReplacer.Inline(predicate, projected);
        }
        if (test is null)
        {
            return visited;
        }
        var fused = Expression.Lambda(test, item);
        return Expression.Call(AnyWithPredicate.MakeGenericMethod(item.Type), source, fused);
    }

    /// <summary>src.Select(x => x.Member).Contains(constant) as FactCollections.Contains…(src, reader, constant), or null.</summary>
    private static MethodCallExpression? ContainsByReader(Expression source, LambdaExpression selector, ConstantExpression value)
    {
        var itemType = selector.Parameters[0].Type;
        var valueType = selector.Body.Type;
        // float/double keep ==: their default equality says NaN equals NaN, == does not.
        if (selector.Body is not MemberExpression { Expression: ParameterExpression owner } member || owner != selector.Parameters[0]
            || value.Type != valueType || !IsSimpleEquatable(valueType) || valueType == typeof(float) || valueType == typeof(double)
            || !typeof(IEnumerable<>).MakeGenericType(itemType).IsAssignableFrom(source.Type))
        {
            return null;
        }
        var reader = Expression.Constant(FactCollections.Reader(itemType, member.Member), typeof(Func<,>).MakeGenericType(itemType, valueType));
        var method = valueType == typeof(string)
            ? FactCollections.ContainsStringMethod.MakeGenericMethod(itemType)
            : FactCollections.ContainsValueMethod.MakeGenericMethod(itemType, valueType);
        return Expression.Call(method, source, reader, value);
    }

    private static bool IsSimpleEquatable(Type type) =>
        type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(decimal);
}
