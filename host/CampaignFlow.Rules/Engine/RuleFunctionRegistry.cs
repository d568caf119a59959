using System.Collections.Concurrent;
using System.Reflection;
using CampaignFlow.Rules.Binding;

namespace CampaignFlow.Rules.Engine;

/// <summary>
/// The allow-list of helper functions rules may call by name, e.g. DateFormula("CM+1D", date). Only public static
/// methods over simple types (string, numbers, bool, DateTime, DateOnly, TimeSpan, enums) can be registered.
/// </summary>
public sealed class RuleFunctionRegistry
{
    private readonly ConcurrentDictionary<string, MethodInfo> _functions = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<string> Names => _functions.Keys.Order(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="method"/> under <paramref name="name"/>; replaces an earlier one.</summary>
    public RuleFunctionRegistry Register(string name, MethodInfo method)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(method);
        if (!name.All(c => char.IsLetterOrDigit(c) || c == '_') || !char.IsLetter(name[0]))
        {
            throw new ArgumentException($"'{name}' is not a valid function name", nameof(name));
        }
        if (!method.IsStatic || !method.IsPublic || method.ContainsGenericParameters)
        {
            throw new ArgumentException($"function '{name}' must be a public, static, non-generic method", nameof(method));
        }
        var types = method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType);
        var bad = types.FirstOrDefault(t => !TypeRules.IsSimple(t));
        if (bad is not null)
        {
            throw new ArgumentException($"function '{name}' uses the type {bad.Name}; only simple types are allowed", nameof(method));
        }
        _functions[name] = method;
        return this;
    }

    /// <summary>Registers a public static method of <paramref name="type"/> by its name (it must not be overloaded).</summary>
    public RuleFunctionRegistry Register(string name, Type type, string methodName)
    {
        ArgumentNullException.ThrowIfNull(type);
        var method = type.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)
            ?? throw new ArgumentException($"{type.Name} has no public static method '{methodName}'", nameof(methodName));
        return Register(name, method);
    }

    public MethodInfo? Find(string name) => _functions.TryGetValue(name, out var method) ? method : null;
}
