using System.Linq.Expressions;
using System.Reflection;
using CampaignFlow.Rules.Facts;
using CampaignFlow.Rules.Parsing;

namespace CampaignFlow.Rules.Binding;

internal sealed partial class Binder
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringCompareOrdinal = typeof(string).GetMethod(nameof(string.CompareOrdinal), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo StringConcat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;
    private static readonly MethodInfo ObjectEquals = typeof(object).GetMethod(nameof(Equals), [typeof(object), typeof(object)])!;

    private Bound BindUnary(UnaryNode node, BindingScope scope)
    {
        if (node.Operator == UnaryOperator.Negate && node.Operand is LiteralNode { Kind: LiteralKind.Integer or LiteralKind.Real } literal)
        {
            return new Bound(Expression.Constant(Negate(literal.Value!)));
        }
        var operand = Bind(node.Operand, scope);
        if (node.Operator == UnaryOperator.Not)
        {
            return new Bound(Expression.Not(AsBool(operand, node.Operand, "the operand of NOT")));
        }
        if (!TypeRules.IsNumeric(operand.Type))
        {
            throw Error(node.OperatorStart, $"operator '{(node.Operator == UnaryOperator.Negate ? "-" : "+")}' needs a number, but '{Text(node.Operand)}' is {Article(operand)}");
        }
        var promoted = ToType(operand.Expression, Promoted(operand.Type));
        return new Bound(node.Operator == UnaryOperator.Negate ? Expression.Negate(promoted) : promoted);
    }

    private Bound BindBinary(BinaryNode node, BindingScope scope)
    {
        var left = Bind(node.Left, scope);
        var right = Bind(node.Right, scope);
        switch (node.Operator)
        {
            case BinaryOperator.And:
            case BinaryOperator.Or:
                var what = $"each side of '{node.OperatorText}'";
                var l = AsBool(left, node.Left, what);
                var r = AsBool(right, node.Right, what);
                return new Bound(node.Operator == BinaryOperator.And ? Expression.AndAlso(l, r) : Expression.OrElse(l, r));
            case BinaryOperator.Equal:
            case BinaryOperator.NotEqual:
                return new Bound(BindEquality(node.Operator == BinaryOperator.Equal, node.OperatorText, node.OperatorStart, left, node.Left, right, node.Right));
            case BinaryOperator.Less:
            case BinaryOperator.LessEqual:
            case BinaryOperator.Greater:
            case BinaryOperator.GreaterEqual:
                return new Bound(BindRelational(node, left, right));
            case BinaryOperator.Coalesce:
                return BindCoalesce(node, left, right);
            default:
                return new Bound(BindArithmetic(node, left, right));
        }
    }

    private Expression BindEquality(bool equal, string operatorText, int operatorStart, Bound left, Node leftNode, Bound right, Node rightNode)
    {
        if (left.IsNullLiteral && right.IsNullLiteral)
        {
            return Expression.Constant(equal);
        }
        var unified = Unify(left, leftNode, right, rightNode);
        if (unified is null)
        {
            if (mode == RuleCompileMode.Memory && (left.Type == typeof(object) || right.Type == typeof(object)))
            {
                // A JSON property that was null in the sample input: compare by value at run time.
                Expression call = Expression.Call(ObjectEquals, Expression.Convert(left.Expression, typeof(object)), Expression.Convert(right.Expression, typeof(object)));
                return equal ? call : Expression.Not(call);
            }
            throw Error(operatorStart, $"operator '{operatorText}' cannot compare {Article(left)} with {Article(right)}");
        }
        var (a, b) = unified.Value;
        if (a.Type == typeof(object) && mode == RuleCompileMode.Memory && !left.IsNullLiteral && !right.IsNullLiteral)
        {
            Expression call = Expression.Call(ObjectEquals, a, b);
            return equal ? call : Expression.Not(call);
        }
        return equal ? Expression.Equal(a, b) : Expression.NotEqual(a, b);
    }

    private Expression BindRelational(BinaryNode node, Bound left, Bound right)
    {
        var unified = left.IsNullLiteral || right.IsNullLiteral ? null : Unify(left, node.Left, right, node.Right);
        if (unified is null)
        {
            throw Error(node.OperatorStart, $"operator '{node.OperatorText}' cannot compare {Article(left)} with {Article(right)}");
        }
        var (a, b) = unified.Value;
        var kind = node.Operator switch
        {
            BinaryOperator.Less => ExpressionType.LessThan,
            BinaryOperator.LessEqual => ExpressionType.LessThanOrEqual,
            BinaryOperator.Greater => ExpressionType.GreaterThan,
            _ => ExpressionType.GreaterThanOrEqual,
        };
        var type = TypeRules.Underlying(a.Type);
        if (type == typeof(string))
        {
            // Ordinal in memory; string.Compare in SQL, where the column collation decides (binary by default).
            var compare = Expression.Call(mode == RuleCompileMode.Memory ? StringCompareOrdinal : StringCompare, a, b);
            return Expression.MakeBinary(kind, compare, Expression.Constant(0));
        }
        if (type.IsEnum)
        {
            var number = TypeRules.IsNullableValue(a.Type) ? TypeRules.MakeNullable(Enum.GetUnderlyingType(type)) : Enum.GetUnderlyingType(type);
            return Expression.MakeBinary(kind, Expression.Convert(a, number), Expression.Convert(b, number));
        }
        if (type == typeof(bool) || type == typeof(object) || type == typeof(Guid) || !IsOrdered(type))
        {
            throw Error(node.OperatorStart, $"operator '{node.OperatorText}' cannot order values of type {TypeRules.Name(a.Type)}");
        }
        return Expression.MakeBinary(kind, a, b);
    }

    private static bool IsOrdered(Type type) =>
        TypeRules.IsNumeric(type) || type == typeof(DateTime) || type == typeof(DateOnly) || type == typeof(DateTimeOffset)
        || type == typeof(TimeOnly) || type == typeof(TimeSpan) || type == typeof(char);

    private Expression BindArithmetic(BinaryNode node, Bound left, Bound right)
    {
        if (node.Operator == BinaryOperator.Add && (left.Type == typeof(string) || right.Type == typeof(string)))
        {
            return Expression.Call(StringConcat, AsText(left, node.Left), AsText(right, node.Right));
        }
        var kind = node.Operator switch
        {
            BinaryOperator.Add => ExpressionType.Add,
            BinaryOperator.Subtract => ExpressionType.Subtract,
            BinaryOperator.Multiply => ExpressionType.Multiply,
            BinaryOperator.Divide => ExpressionType.Divide,
            _ => ExpressionType.Modulo,
        };
        if (TypeRules.IsNumeric(left.Type) && TypeRules.IsNumeric(right.Type))
        {
            var (a, b) = PromoteNumeric(left, node.Left, right, node.Right);
            return Expression.MakeBinary(kind, a, b);
        }
        // Dates: date - date, date + time span; the operator methods of the framework types decide.
        if (!left.IsNullLiteral && !right.IsNullLiteral && IsOrdered(TypeRules.Underlying(left.Type)))
        {
            try
            {
                return Expression.MakeBinary(kind, left.Expression, right.Expression);
            }
            catch (InvalidOperationException)
            {
                // Falls through to the clear message below.
            }
        }
        throw Error(node.OperatorStart, $"operator '{node.OperatorText}' cannot combine {Article(left)} with {Article(right)}");
    }

    private Expression AsText(Bound value, Node node)
    {
        if (value.IsNullLiteral)
        {
            return Expression.Constant(null, typeof(string));
        }
        if (value.Type == typeof(string))
        {
            return value.Expression;
        }
        if (TypeRules.IsSimple(value.Type) && !TypeRules.IsNullableValue(value.Type))
        {
            return Expression.Call(value.Expression, value.Type.GetMethod(nameof(ToString), Type.EmptyTypes)!);
        }
        throw Error(node.Start, $"'{Text(node)}' is {Article(value)}, which cannot be joined to a string");
    }

    private Bound BindCoalesce(BinaryNode node, Bound left, Bound right)
    {
        if (left.IsNullLiteral)
        {
            return right;
        }
        if (!TypeRules.CanBeNull(left.Type))
        {
            throw Error(node.OperatorStart, $"the left side of '??' can never be null ('{Text(node.Left)}' is {Article(left)})");
        }
        if (TypeRules.IsNullableValue(left.Type) && TryCoerce(right, node.Right, TypeRules.Underlying(left.Type), out var value, out _))
        {
            return new Bound(Expression.Coalesce(left.Expression, value));
        }
        if (TryCoerce(right, node.Right, left.Type, out var same, out _))
        {
            return new Bound(Expression.Coalesce(left.Expression, same), left.Shape);
        }
        throw Error(node.OperatorStart, $"'??' cannot combine {Article(left)} with {Article(right)}");
    }

    private Bound BindConditional(ConditionalNode node, BindingScope scope) =>
        Conditional(node.Test, node.IfTrue, node.IfFalse, scope, "?:");

    private Bound Conditional(Node testNode, Node trueNode, Node falseNode, BindingScope scope, string name)
    {
        var test = AsBool(Bind(testNode, scope), testNode, $"the condition of {name}");
        var ifTrue = Bind(trueNode, scope);
        var ifFalse = Bind(falseNode, scope);
        var unified = Unify(ifTrue, trueNode, ifFalse, falseNode)
            ?? throw Error(trueNode.Start, $"the two results of {name} must have one type, but they are {Article(ifTrue)} and {Article(ifFalse)}");
        return new Bound(Expression.Condition(test, unified.Left, unified.Right), ifTrue.Shape ?? ifFalse.Shape);
    }

    private Bound BindIn(InNode node, BindingScope scope)
    {
        var value = Bind(node.Value, scope);
        Expression? any = null;
        foreach (var itemNode in node.Items)
        {
            var item = Bind(itemNode, scope);
            var test = BindEquality(true, "in", node.OperatorStart, value, node.Value, item, itemNode);
            any = any is null ? test : Expression.OrElse(any, test);
        }
        return new Bound(any!);
    }
}
