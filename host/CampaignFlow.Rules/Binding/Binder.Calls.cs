using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using CampaignFlow.Rules.Facts;
using CampaignFlow.Rules.Parsing;

namespace CampaignFlow.Rules.Binding;

internal sealed partial class Binder
{
    private static readonly Dictionary<string, Type> StaticRoots = new(StringComparer.Ordinal)
    {
        ["DateTime"] = typeof(DateTime),
        ["DateOnly"] = typeof(DateOnly),
        ["TimeSpan"] = typeof(TimeSpan),
        ["Math"] = typeof(Math),
        ["string"] = typeof(string),
        ["String"] = typeof(string),
    };

    // Static methods reachable through a type name, e.g. Math.Abs(x), string.IsNullOrEmpty(s).
    private static readonly Dictionary<Type, HashSet<string>> AllowedStaticMethods = new()
    {
        [typeof(Math)] = ["Abs", "Round", "Floor", "Ceiling", "Min", "Max", "Truncate"],
        [typeof(string)] = ["IsNullOrEmpty", "IsNullOrWhiteSpace"],
        [typeof(TimeSpan)] = ["FromDays", "FromHours", "FromMinutes"],
    };

    private static readonly HashSet<string> StringMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "Contains", "StartsWith", "EndsWith", "ToUpper", "ToLower", "ToUpperInvariant", "ToLowerInvariant", "Trim", "TrimStart",
        "TrimEnd", "Substring", "IndexOf", "Replace", "PadLeft", "PadRight",
    };

    private static readonly HashSet<string> DateMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        "AddDays", "AddMonths", "AddYears", "AddHours", "AddMinutes", "AddSeconds",
    };

    private static readonly ConcurrentDictionary<(string, int), MethodInfo> LinqMethods = new();

    private static readonly string[] LinqNames =
    [
        "Any", "All", "Count", "Where", "Select", "Contains", "Sum", "Min", "Max", "Average", "First", "FirstOrDefault", "Distinct",
    ];

    private Bound BindCall(CallNode node, BindingScope scope)
    {
        if (node.Target is null)
        {
            return BindFunction(node, scope);
        }
        if (node.Target is IdentifierNode root && scope.Find(root.Name) is null && scope.FindIt() is null
            && StaticRoots.TryGetValue(root.Name, out var staticType))
        {
            return BindStaticCall(staticType, node, scope);
        }
        var target = Bind(node.Target, scope);
        return BindMethod(target, node, scope);
    }

    private Bound BindMethod(Bound target, CallNode node, BindingScope scope)
    {
        if (ForbiddenNames.Contains(node.Name))
        {
            throw Error(node.NameStart, $"'{node.Name}' is not allowed in rules");
        }
        if (target.IsNullLiteral)
        {
            throw Error(node.NameStart, $"null has no method '{node.Name}'");
        }
        var type = target.Type;
        if (TypeRules.IsNullableValue(type))
        {
            if (node.Name.Equals("GetValueOrDefault", StringComparison.OrdinalIgnoreCase) && node.Arguments.Count == 0)
            {
                return new Bound(Expression.Call(target.Expression, type.GetMethod("GetValueOrDefault", Type.EmptyTypes)!));
            }
            target = new Bound(Expression.Property(target.Expression, "Value"));
            type = target.Type;
        }
        if (node.Name.Equals("Equals", StringComparison.OrdinalIgnoreCase) && node.Arguments.Count == 1)
        {
            var other = Bind(node.Arguments[0], scope);
            return new Bound(BindEquality(true, "Equals", node.NameStart, target, node.Target!, other, node.Arguments[0]));
        }
        if (type == typeof(string) && StringMethods.Contains(node.Name))
        {
            return BindStringMethod(target, node, scope);
        }
        if (type != typeof(string) && TypeRules.ElementType(type) is { } element && LinqNames.Contains(node.Name, StringComparer.OrdinalIgnoreCase))
        {
            return BindLinq(target, element, node, scope);
        }
        if ((type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset)) && DateMethods.Contains(node.Name))
        {
            var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Where(m => m.Name.Equals(node.Name, StringComparison.OrdinalIgnoreCase) && m.GetParameters().All(p => TypeRules.IsNumeric(p.ParameterType)));
            return new Bound(ResolveCall(candidates, target.Expression, node, scope));
        }
        if (node.Name.Equals("ToString", StringComparison.OrdinalIgnoreCase) && node.Arguments.Count == 0 && TypeRules.IsSimple(type))
        {
            return new Bound(Expression.Call(target.Expression, type.GetMethod(nameof(ToString), Type.EmptyTypes)!));
        }
        throw Error(node.NameStart, $"'{Text(node.Target!)}' ({TypeRules.Name(type)}) has no method '{node.Name}' that rules may call");
    }

    private Bound BindStringMethod(Bound target, CallNode node, BindingScope scope)
    {
        var name = StringMethods.First(n => n.Equals(node.Name, StringComparison.OrdinalIgnoreCase));
        // ToUpper/ToLower: invariant in memory (no culture surprises); SQL's UPPER/LOWER in the database.
        if (mode == RuleCompileMode.Memory && name is "ToUpper" or "ToLower")
        {
            name += "Invariant";
        }
        var candidates = typeof(string).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.Name == name && m.GetParameters().All(p => p.ParameterType == typeof(string) || p.ParameterType == typeof(int)));
        return new Bound(ResolveCall(candidates, target.Expression, node, scope));
    }

    private Bound BindStaticCall(Type type, CallNode node, BindingScope scope)
    {
        var displayName = $"{TypeRules.Name(type)}.{node.Name}";
        if (node.Name.Equals("Parse", StringComparison.OrdinalIgnoreCase) && (type == typeof(DateTime) || type == typeof(DateOnly)))
        {
            if (node.Arguments.Count != 1 || node.Arguments[0] is not LiteralNode { Kind: LiteralKind.String })
            {
                throw Error(node.NameStart, $"{displayName} takes one string literal, e.g. {displayName}(\"2024-01-31\")");
            }
            TryConvertLiteral(node.Arguments[0], type, out var parsed);
            return new Bound(parsed);
        }
        if (!AllowedStaticMethods.TryGetValue(type, out var allowed) || !allowed.Contains(node.Name, StringComparer.OrdinalIgnoreCase))
        {
            throw Error(node.NameStart, $"'{displayName}' is not allowed in rules");
        }
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name.Equals(node.Name, StringComparison.OrdinalIgnoreCase) && !m.IsGenericMethodDefinition
                && m.GetParameters().All(p => TypeRules.IsSimple(p.ParameterType) && !p.ParameterType.IsEnum)
                && TypeRules.IsSimple(m.ReturnType));
        return new Bound(ResolveCall(candidates, null, node, scope));
    }

    private Bound BindFunction(CallNode node, BindingScope scope)
    {
        var name = node.Name;
        if (name.Equals("iif", StringComparison.OrdinalIgnoreCase))
        {
            ExpectArguments(node, 3, "iif(condition, ifTrue, ifFalse)");
            return Conditional(node.Arguments[0], node.Arguments[1], node.Arguments[2], scope, "iif");
        }
        if (name.Equals("np", StringComparison.OrdinalIgnoreCase))
        {
            if (node.Arguments.Count is not (1 or 2))
            {
                throw Error(node.NameStart, "np takes one or two arguments: np(a.b.c) or np(a.b.c, default)");
            }
            var inner = Bind(node.Arguments[0], scope);
            var guarded = new Bound(NullPropagation.Apply(inner.Expression), inner.Shape);
            if (node.Arguments.Count == 1)
            {
                return guarded;
            }
            var fallback = Bind(node.Arguments[1], scope);
            var value = Coerce(fallback, node.Arguments[1], TypeRules.Underlying(guarded.Type), "the default of np");
            return new Bound(Expression.Coalesce(guarded.Expression, value));
        }
        if (name is "DateTime" or "DateOnly")
        {
            return BindConstructor(name == "DateTime" ? typeof(DateTime) : typeof(DateOnly), node, scope);
        }
        var method = options.Functions.Find(name);
        if (method is not null)
        {
            var call = ResolveCall([method], null, node, scope);
            if (mode == RuleCompileMode.Query && ((MethodCallExpression)call).Arguments.Any(ParameterFinder.UsesParameters))
            {
                throw Error(node.NameStart, $"'{name}' runs in memory only; in a database filter its arguments cannot depend on the inputs");
            }
            return new Bound(call);
        }
        if (ForbiddenNames.Contains(name))
        {
            throw Error(node.NameStart, $"'{name}' is not allowed in rules");
        }
        var known = new[] { "iif", "np", "DateTime", "DateOnly" }.Concat(options.Functions.Names);
        throw Error(node.NameStart, $"unknown function '{name}' (known functions: {string.Join(", ", known)})");
    }

    private Bound BindConstructor(Type type, CallNode node, BindingScope scope)
    {
        var count = node.Arguments.Count;
        var valid = type == typeof(DateOnly) ? count == 3 : count is 3 or 6;
        if (!valid)
        {
            throw Error(node.NameStart, type == typeof(DateOnly)
                ? "DateOnly takes (year, month, day)"
                : "DateTime takes (year, month, day) or (year, month, day, hour, minute, second)");
        }
        var arguments = node.Arguments.Select((a, i) => Coerce(Bind(a, scope), a, typeof(int), $"argument {i + 1} of {type.Name}")).ToList();
        var constructor = type.GetConstructor(Enumerable.Repeat(typeof(int), count).ToArray())!;
        if (arguments.All(a => a is ConstantExpression))
        {
            try
            {
                var values = arguments.Select(a => ((ConstantExpression)a).Value).ToArray();
                return new Bound(Expression.Constant(constructor.Invoke(values), type));
            }
            catch (TargetInvocationException ex) when (ex.InnerException is ArgumentOutOfRangeException)
            {
                throw Error(node.Start, $"{Text(node)} is not a valid date");
            }
        }
        return new Bound(Expression.New(constructor, arguments));
    }

    private void ExpectArguments(CallNode node, int count, string usage)
    {
        if (node.Arguments.Count != count)
        {
            throw Error(node.NameStart, $"{node.Name} takes {count} arguments: {usage}");
        }
    }

    /// <summary>Picks the overload whose parameters the arguments convert to most cheaply.</summary>
    private Expression ResolveCall(IEnumerable<MethodInfo> candidates, Expression? instance, CallNode node, BindingScope scope)
    {
        foreach (var argument in node.Arguments.OfType<LambdaNode>())
        {
            throw Error(argument.Start, $"'{node.Name}' does not take a lambda");
        }
        var arguments = node.Arguments.Select(a => Bind(a, scope)).ToList();
        var methods = candidates.ToList();
        (MethodInfo Method, List<Expression> Arguments, int Cost)? best = null;
        foreach (var method in methods)
        {
            var parameters = method.GetParameters();
            if (parameters.Length != arguments.Count)
            {
                continue;
            }
            var converted = new List<Expression>();
            var total = 0;
            for (var i = 0; i < parameters.Length; i++)
            {
                if (!TryCoerce(arguments[i], node.Arguments[i], parameters[i].ParameterType, out var value, out var cost))
                {
                    total = -1;
                    break;
                }
                converted.Add(value);
                total += cost;
            }
            if (total >= 0 && (best is null || total < best.Value.Cost))
            {
                best = (method, converted, total);
            }
        }
        if (best is null)
        {
            var counts = methods.Select(m => m.GetParameters().Length).Distinct().Order().ToList();
            if (counts.Count > 0 && !counts.Contains(arguments.Count))
            {
                throw Error(node.NameStart, $"'{node.Name}' takes {string.Join(" or ", counts)} argument(s), not {arguments.Count}");
            }
            var given = string.Join(", ", arguments.Select(a => a.IsNullLiteral ? "null" : TypeRules.Name(a.Type)));
            throw Error(node.NameStart, $"'{node.Name}' cannot take ({given})");
        }
        var (chosen, values, _) = best.Value;
        return instance is null ? Expression.Call(chosen, values) : Expression.Call(instance, chosen, values);
    }

    private Bound BindLinq(Bound source, Type element, CallNode node, BindingScope scope)
    {
        var name = LinqNames.First(n => n.Equals(node.Name, StringComparison.OrdinalIgnoreCase));
        var elementShape = source.Shape?.Element;
        var count = node.Arguments.Count;
        var sourceExpression = source.Expression;
        switch (name)
        {
            case "Contains":
                {
                    ExpectArguments(node, 1, "Contains(value)");
                    var value = Bind(node.Arguments[0], scope);
                    var item = Coerce(value, node.Arguments[0], element, "the argument of Contains");
                    return new Bound(Expression.Call(LinqMethod("Contains", 2).MakeGenericMethod(element), sourceExpression, item));
                }
            case "Distinct":
                ExpectArguments(node, 0, "Distinct()");
                return new Bound(Expression.Call(LinqMethod("Distinct", 1).MakeGenericMethod(element), sourceExpression), source.Shape);
            case "Any" or "Count" or "First" or "FirstOrDefault" when count == 0:
                var plain = Expression.Call(LinqMethod(name, 1).MakeGenericMethod(element), sourceExpression);
                return new Bound(plain, name.StartsWith("First", StringComparison.Ordinal) ? elementShape : null);
            case "Any" or "All" or "Count" or "Where" or "First" or "FirstOrDefault":
                {
                    ExpectArguments(node, 1, $"{name}(x => condition)");
                    var (predicate, _) = BindLambda(node.Arguments[0], element, elementShape, scope, requireBool: true);
                    var call = Expression.Call(LinqMethod(name, 2).MakeGenericMethod(element), sourceExpression, predicate);
                    var shape = name == "Where" ? source.Shape : name.StartsWith("First", StringComparison.Ordinal) ? elementShape : null;
                    return new Bound(call, shape);
                }
            case "Select":
                {
                    ExpectArguments(node, 1, "Select(x => value)");
                    var (selector, body) = BindLambda(node.Arguments[0], element, elementShape, scope, requireBool: false);
                    var call = Expression.Call(LinqMethod("Select", 2).MakeGenericMethod(element, selector.ReturnType), sourceExpression, selector);
                    return new Bound(call, body.Shape is null ? null : Inputs.JsonShape.Array(body.Shape));
                }
            default:
                return BindAggregate(name, source, element, node, scope);
        }
    }

    private Bound BindAggregate(string name, Bound source, Type element, CallNode node, BindingScope scope)
    {
        if (node.Arguments.Count > 1)
        {
            throw Error(node.NameStart, $"{name} takes no argument or a selector: {name}(x => x.Value)");
        }
        var values = source.Expression;
        if (node.Arguments.Count == 1)
        {
            var (selector, _) = BindLambda(node.Arguments[0], element, source.Shape?.Element, scope, requireBool: false);
            element = selector.ReturnType;
            values = Expression.Call(LinqMethod("Select", 2).MakeGenericMethod(selector.Parameters[0].Type, element), values, selector);
        }
        var sequence = typeof(IEnumerable<>).MakeGenericType(element);
        var numeric = typeof(Enumerable).GetMethods()
            .FirstOrDefault(m => m.Name == name && !m.IsGenericMethodDefinition && m.GetParameters().Length == 1
                && m.GetParameters()[0].ParameterType == sequence);
        if (numeric is not null)
        {
            return new Bound(Expression.Call(numeric, values));
        }
        if (name is "Min" or "Max" && IsOrdered(TypeRules.Underlying(element)) || element == typeof(string) && name is "Min" or "Max")
        {
            return new Bound(Expression.Call(LinqMethod(name, 1).MakeGenericMethod(element), values));
        }
        throw Error(node.NameStart, $"{name} needs numbers, but the items are {TypeRules.Name(element)}");
    }

    private (LambdaExpression Lambda, Bound Body) BindLambda(Node argument, Type element, Inputs.JsonShape? shape, BindingScope scope, bool requireBool)
    {
        var name = argument is LambdaNode lambda ? lambda.Parameter : "it";
        var parameter = Expression.Parameter(element, name);
        var bound = new Bound(parameter, shape);
        var inner = new BindingScope(scope) { It = argument is LambdaNode ? null : bound };
        inner.Add(name, bound);
        var bodyNode = argument is LambdaNode l ? l.Body : argument;
        var body = Bind(bodyNode, inner);
        var expression = requireBool ? AsBool(body, bodyNode, "the condition of the lambda") : body.Expression;
        return (Expression.Lambda(expression, parameter), body);
    }

    /// <summary>An Enumerable method definition by name and parameter count (never the index-taking overloads).</summary>
    private static MethodInfo LinqMethod(string name, int parameterCount) =>
        LinqMethods.GetOrAdd((name, parameterCount), key => typeof(Enumerable).GetMethods()
            .Where(m => m.Name == key.Item1 && m.IsGenericMethodDefinition && m.GetParameters().Length == key.Item2)
            .First(m =>
            {
                var parameters = m.GetParameters();
                if (parameters.Length < 2)
                {
                    return true;
                }
                var second = parameters[1].ParameterType;
                return key.Item1 switch
                {
                    "Contains" => second.IsGenericParameter,
                    "ElementAt" => second == typeof(int),
                    _ => second.IsGenericType && second.GetGenericArguments().Length == 2,
                };
            }));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
