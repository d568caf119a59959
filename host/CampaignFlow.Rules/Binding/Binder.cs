using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using CampaignFlow.Rules.Facts;
using CampaignFlow.Rules.Parsing;

namespace CampaignFlow.Rules.Binding;

/// <summary>
/// Turns the syntax tree into a typed System.Linq.Expressions tree, reaching only allow-listed types and members.
/// The same binder serves both back ends; <see cref="RuleCompileMode"/> picks memory-safe or SQL-translatable forms.
/// </summary>
internal sealed partial class Binder(string text, RulesOptions options, RuleCompileMode mode)
{
    private static readonly HashSet<string> ForbiddenNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "GetType", "GetHashCode", "MemberwiseClone", "Finalize", "ReferenceEquals", "Invoke", "DynamicInvoke",
        "GetMethod", "GetProperty", "GetField", "GetMember", "InvokeMember", "CreateInstance", "Assembly", "Module",
        "TypeHandle", "Load", "LoadFrom", "Exit", "Kill", "Start", "Delete", "Open", "ReadAllText", "WriteAllText",
    };

    /// <summary>When set, an unknown name for which this returns true aborts binding with <see cref="UntypedInputException"/>.</summary>
    public Func<string, bool>? IsUntypedInput { get; init; }

    public RuleCompileMode Mode => mode;

    /// <summary>Parses and binds <paramref name="expression"/>; errors come out as <see cref="RuleSyntaxError"/>.</summary>
    public static Bound BindText(string expression, BindingScope scope, RulesOptions options, RuleCompileMode mode, Func<string, bool>? untyped = null)
    {
        var node = Parser.Parse(expression, options.MaxExpressionLength, options.MaxNestingDepth);
        return new Binder(expression, options, mode) { IsUntypedInput = untyped }.Bind(node, scope);
    }

    /// <summary>Binds a whole rule expression, which must be a condition.</summary>
    public static Expression BindCondition(string expression, BindingScope scope, RulesOptions options, RuleCompileMode mode, Func<string, bool>? untyped = null)
    {
        var node = Parser.Parse(expression, options.MaxExpressionLength, options.MaxNestingDepth);
        var binder = new Binder(expression, options, mode) { IsUntypedInput = untyped };
        var bound = binder.Bind(node, scope);
        return binder.AsBool(bound, node, "the rule expression");
    }

    public Bound Bind(Node node, BindingScope scope)
    {
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw Error(node.Start, "the expression is nested too deeply");
        }
        try
        {
            return node switch
            {
                LiteralNode literal => BindLiteral(literal),
                IdentifierNode identifier => BindIdentifier(identifier, scope),
                MemberNode member => BindMemberNode(member, scope),
                CallNode call => BindCall(call, scope),
                IndexNode index => BindIndex(index, scope),
                UnaryNode unary => BindUnary(unary, scope),
                BinaryNode binary => BindBinary(binary, scope),
                ConditionalNode conditional => BindConditional(conditional, scope),
                InNode inNode => BindIn(inNode, scope),
                LambdaNode lambda => throw Error(lambda.Start,
                    "a lambda 'x => …' can only be an argument of Any, All, Count, Where, Select, Sum, Min, Max, First or FirstOrDefault"),
                _ => throw Error(node.Start, "unsupported expression"),
            };
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or FormatException
                                       or OverflowException or AmbiguousMatchException or NotSupportedException)
        {
            // An expression-tree factory refused a combination the checks above did not foresee: report it here.
            throw Error(node.Start, $"'{Text(node)}' cannot be compiled: {ex.Message}");
        }
    }

    private static Bound BindLiteral(LiteralNode node) => node.Kind switch
    {
        LiteralKind.Null => new Bound(Expression.Constant(null, typeof(object)), IsNullLiteral: true),
        _ => new Bound(Expression.Constant(node.Value)),
    };

    private Bound BindIdentifier(IdentifierNode node, BindingScope scope)
    {
        var found = scope.Find(node.Name);
        if (found is not null)
        {
            return found;
        }
        var it = scope.FindIt();
        if (it is not null && TryBindMember(it, node.Name, node.Start) is { } member)
        {
            return member;
        }
        if (IsUntypedInput?.Invoke(node.Name) == true)
        {
            throw new UntypedInputException(node.Name);
        }
        if (StaticRoots.ContainsKey(node.Name))
        {
            throw Error(node.Start, $"'{node.Name}' must be followed by one of its allowed methods, e.g. {node.Name}.Parse(\"…\")");
        }
        if (ForbiddenNames.Contains(node.Name))
        {
            throw Error(node.Start, $"'{node.Name}' is not allowed in rules");
        }
        var known = scope.AllNames().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var hint = known.Count == 0 ? string.Empty : $" (known names: {string.Join(", ", known)})";
        throw Error(node.Start, $"unknown name '{node.Name}'{hint}");
    }

    private Bound BindIndex(IndexNode node, BindingScope scope)
    {
        var target = Bind(node.Target, scope);
        var index = Bind(node.Index, scope);
        var indexExpression = Coerce(index, node.Index, typeof(int), "an index");
        if (target.Type.IsArray && target.Type.GetArrayRank() == 1)
        {
            return new Bound(Expression.ArrayIndex(target.Expression, indexExpression), target.Shape?.Element);
        }
        var element = TypeRules.ElementType(target.Type);
        if (element is null)
        {
            throw Error(node.Start, $"'{Text(node.Target)}' is a {TypeRules.Name(target.Type)}, which cannot be indexed");
        }
        var elementAt = LinqMethod("ElementAt", 2).MakeGenericMethod(element);
        return new Bound(Expression.Call(elementAt, target.Expression, indexExpression), target.Shape?.Element);
    }

    private string Text(Node node) => text[node.Start..Math.Min(node.End, text.Length)];

    private static RuleSyntaxError Error(int position, string message) => new(position, message);
}
