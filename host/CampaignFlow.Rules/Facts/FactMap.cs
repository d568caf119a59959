using System.Linq.Expressions;

namespace CampaignFlow.Rules.Facts;

/// <summary>
/// Builds the facts of <typeparamref name="T"/>. Each fact has a query form (translated to SQL) and an optional
/// memory form (for a delegate: it must not throw where SQL would yield NULL, e.g. on a missing navigation).
/// </summary>
public sealed class FactMap<T> : IFactMap
{
    private readonly Dictionary<string, (LambdaExpression Query, LambdaExpression Memory)> _facts =
        new(StringComparer.OrdinalIgnoreCase);

    public Type EntityType => typeof(T);

    public IEnumerable<string> FactNames => _facts.Keys.Order(StringComparer.Ordinal);

    public FactMap<T> Add<TValue>(string name, Expression<Func<T, TValue>> query, Expression<Func<T, TValue>>? memory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(query);
        _facts[name] = (query, memory ?? query);
        return this;
    }

    public LambdaExpression? Find(string name, RuleCompileMode mode) =>
        _facts.TryGetValue(name, out var fact) ? (mode == RuleCompileMode.Query ? fact.Query : fact.Memory) : null;
}
