using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace CampaignFlow.Rules.Binding;

/// <summary>
/// Memory back end helpers for set facts: <c>src.Select(x =&gt; x.Code).Contains(v)</c> runs as one loop over the
/// items with a cached member reader, so a rule over a fact collection compiles no nested lambda of its own
/// (a second Expression.Compile per rule was most of the compile time). Same meaning as Enumerable.Contains:
/// a null collection throws (the rule then does not hold), values compare with the type's default equality.
/// </summary>
internal static class FactCollections
{
    private static readonly ConcurrentDictionary<(Type Item, MemberInfo Member), Delegate> Readers = new();

    public static readonly MethodInfo ContainsStringMethod = typeof(FactCollections).GetMethod(nameof(ContainsString))!;
    public static readonly MethodInfo ContainsValueMethod = typeof(FactCollections).GetMethod(nameof(ContainsValue))!;

    /// <summary>A compiled reader of <paramref name="member"/> on <paramref name="item"/>, made once per process.</summary>
    public static Delegate Reader(Type item, MemberInfo member) =>
        Readers.GetOrAdd((item, member), static key =>
        {
            var x = Expression.Parameter(key.Item, "x");
            return Expression.Lambda(Expression.MakeMemberAccess(x, key.Member), x).Compile();
        });

    public static bool ContainsString<TItem>(IEnumerable<TItem> source, Func<TItem, string?> read, string? value)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source is List<TItem> list)
        {
            foreach (var item in CollectionsMarshal.AsSpan(list))
            {
                if (string.Equals(read(item), value, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var item in source)
        {
            if (string.Equals(read(item), value, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    public static bool ContainsValue<TItem, TValue>(IEnumerable<TItem> source, Func<TItem, TValue> read, TValue value)
    {
        ArgumentNullException.ThrowIfNull(source);
        var comparer = EqualityComparer<TValue>.Default;
        if (source is List<TItem> list)
        {
            foreach (var item in CollectionsMarshal.AsSpan(list))
            {
                if (comparer.Equals(read(item), value))
                {
                    return true;
                }
            }
            return false;
        }
        foreach (var item in source)
        {
            if (comparer.Equals(read(item), value))
            {
                return true;
            }
        }
        return false;
    }
}
