using System.Globalization;
using System.Linq.Expressions;
using CampaignFlow.Rules.Parsing;

namespace CampaignFlow.Rules.Binding;

internal sealed partial class Binder
{
    /// <summary>A literal, or a negated numeric literal: its value can adapt to the type it meets (3 → 3m next to a decimal).</summary>
    private static bool TryLiteral(Node node, out LiteralNode literal, out bool negated)
    {
        negated = false;
        if (node is UnaryNode { Operator: UnaryOperator.Negate, Operand: LiteralNode { Kind: LiteralKind.Integer or LiteralKind.Real } inner })
        {
            literal = inner;
            negated = true;
            return true;
        }
        literal = node as LiteralNode ?? null!;
        return literal is not null;
    }

    private bool TryConvertLiteral(Node node, Type target, out Expression result)
    {
        result = null!;
        if (!TryLiteral(node, out var literal, out var negated))
        {
            return false;
        }
        var t = TypeRules.Underlying(target);
        object? value = null;
        switch (literal.Kind)
        {
            case LiteralKind.String:
                var s = (string)literal.Value!;
                if (t == typeof(string))
                {
                    value = s;
                }
                else if (t.IsEnum)
                {
                    value = ParseEnum(literal, s, t);
                }
                else if (t == typeof(DateTime))
                {
                    value = DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dt)
                        ? dt : throw Error(literal.Start, $"'{s}' is not a date and time (use yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)");
                }
                else if (t == typeof(DateOnly))
                {
                    value = DateOnly.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                        ? d : throw Error(literal.Start, $"'{s}' is not a date (use yyyy-MM-dd)");
                }
                else if (t == typeof(DateTimeOffset))
                {
                    value = DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dto)
                        ? dto : throw Error(literal.Start, $"'{s}' is not a date and time");
                }
                else if (t == typeof(TimeSpan))
                {
                    value = TimeSpan.TryParse(s, CultureInfo.InvariantCulture, out var ts)
                        ? ts : throw Error(literal.Start, $"'{s}' is not a time span (use d.hh:mm:ss)");
                }
                else if (t == typeof(Guid))
                {
                    value = Guid.TryParse(s, out var g) ? g : throw Error(literal.Start, $"'{s}' is not a GUID");
                }
                break;
            case LiteralKind.Integer or LiteralKind.Real:
                value = ConvertNumber(literal.Value!, negated, t, literal.Kind == LiteralKind.Integer);
                break;
            case LiteralKind.Bool when t == typeof(bool):
                value = literal.Value;
                break;
        }
        if (value is null)
        {
            return false;
        }
        result = Expression.Constant(value, target);
        return true;
    }

    private static object? ConvertNumber(object value, bool negated, Type target, bool isInteger)
    {
        try
        {
            if (target.IsEnum)
            {
                return isInteger && !negated ? Enum.ToObject(target, value) : null;
            }
            if (!TypeRules.IsNumeric(target) || (!isInteger && TypeRules.IsIntegral(target)))
            {
                return null;
            }
            var converted = Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
            return negated ? Negate(converted) : converted;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static object? Negate(object value) => value switch
    {
        int i => -i,
        long l => -l,
        decimal m => -m,
        double d => -d,
        float f => -f,
        short s => (short)-s,
        sbyte b => (sbyte)-b,
        _ => null,
    };

    private object ParseEnum(LiteralNode literal, string text, Type enumType)
    {
        var names = Enum.GetNames(enumType);
        var match = names.FirstOrDefault(n => n == text) ?? names.FirstOrDefault(n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            throw Error(literal.Start, $"'{text}' is not a value of {enumType.Name} ({string.Join(", ", names)})");
        }
        return Enum.Parse(enumType, match);
    }

    /// <summary>Converts a value to <paramref name="target"/> where C# would do so implicitly (plus literal adaptation).</summary>
    private bool TryCoerce(Bound value, Node node, Type target, out Expression result, out int cost)
    {
        var expression = value.Expression;
        var source = value.Type;
        result = expression;
        cost = 0;
        if (source == target && !value.IsNullLiteral)
        {
            return true;
        }
        cost = 1;
        if (value.IsNullLiteral)
        {
            result = Expression.Constant(null, target);
            return TypeRules.CanBeNull(target);
        }
        if (TryConvertLiteral(node, target, out result))
        {
            return true;
        }
        var su = TypeRules.Underlying(source);
        var tu = TypeRules.Underlying(target);
        var liftsNullToValue = TypeRules.IsNullableValue(source) && !TypeRules.IsNullableValue(target);
        if (su == tu && !liftsNullToValue)
        {
            result = Expression.Convert(expression, target);
            return true;
        }
        cost = 2;
        if (!liftsNullToValue && TypeRules.IsNumeric(su) && TypeRules.IsNumeric(tu) && TypeRules.NumericRank(su) <= TypeRules.NumericRank(tu)
            && !(TypeRules.NumericRank(su) == TypeRules.NumericRank(tu) && su != tu && tu != TypeRules.NumericOfRank(TypeRules.NumericRank(tu))))
        {
            result = Expression.Convert(expression, target);
            return true;
        }
        if (!liftsNullToValue && su == typeof(DateTime) && tu == typeof(DateOnly))
        {
            var fromDateTime = typeof(DateOnly).GetMethod(nameof(DateOnly.FromDateTime))!;
            result = Expression.Call(fromDateTime, TypeRules.IsNullableValue(source) ? Expression.Property(expression, "Value") : expression);
            result = target == typeof(DateOnly) ? result : Expression.Convert(result, target);
            return !TypeRules.IsNullableValue(source);
        }
        if (!source.IsValueType && target.IsAssignableFrom(source))
        {
            result = Expression.Convert(expression, target);
            return true;
        }
        cost = 3;
        if (target == typeof(object) && !TypeRules.IsForbidden(source))
        {
            result = Expression.Convert(expression, typeof(object));
            return true;
        }
        result = expression;
        return false;
    }

    private Expression Coerce(Bound value, Node node, Type target, string what)
    {
        if (TryCoerce(value, node, target, out var result, out _))
        {
            return result;
        }
        throw Error(node.Start, $"{what} must be {Article(target)}, but '{Text(node)}' is {Article(value)}");
    }

    /// <summary>Brings two operands to one type (numeric promotion, literal adaptation, nullable lifting).</summary>
    private (Expression Left, Expression Right)? Unify(Bound left, Node leftNode, Bound right, Node rightNode)
    {
        if (left.IsNullLiteral && right.IsNullLiteral)
        {
            return (Expression.Constant(null, typeof(object)), Expression.Constant(null, typeof(object)));
        }
        if (left.IsNullLiteral || right.IsNullLiteral)
        {
            var other = left.IsNullLiteral ? right : left;
            var type = TypeRules.MakeNullable(other.Type);
            var converted = other.Type == type ? other.Expression : Expression.Convert(other.Expression, type);
            var nullValue = Expression.Constant(null, type);
            return left.IsNullLiteral ? (nullValue, converted) : (converted, nullValue);
        }
        if (left.Type == right.Type)
        {
            return (left.Expression, right.Expression);
        }
        if (TypeRules.IsNumeric(left.Type) && TypeRules.IsNumeric(right.Type))
        {
            return PromoteNumeric(left, leftNode, right, rightNode);
        }
        if (TryCoerce(right, rightNode, left.Type, out var r, out _))
        {
            return (left.Expression, r);
        }
        if (TryCoerce(left, leftNode, right.Type, out var l, out _))
        {
            return (l, right.Expression);
        }
        // int? next to a string literal meant for an enum? etc.: coerce to the underlying type, then lift both.
        var lu = TypeRules.Underlying(left.Type);
        var ru = TypeRules.Underlying(right.Type);
        if (lu == ru)
        {
            var lifted = TypeRules.MakeNullable(lu);
            return (Expression.Convert(left.Expression, lifted), Expression.Convert(right.Expression, lifted));
        }
        if (TypeRules.IsNullableValue(left.Type) && TryCoerce(right, rightNode, lu, out var r2, out _))
        {
            return (left.Expression, Expression.Convert(r2, left.Type));
        }
        if (TypeRules.IsNullableValue(right.Type) && TryCoerce(left, leftNode, ru, out var l2, out _))
        {
            return (Expression.Convert(l2, right.Type), right.Expression);
        }
        return null;
    }

    private (Expression Left, Expression Right) PromoteNumeric(Bound left, Node leftNode, Bound right, Node rightNode)
    {
        var leftLiteral = TryLiteral(leftNode, out _, out _);
        var rightLiteral = TryLiteral(rightNode, out _, out _);
        if (rightLiteral && !leftLiteral && TryConvertLiteral(rightNode, Promoted(left.Type), out var r))
        {
            return (ToType(left.Expression, Promoted(left.Type)), r);
        }
        if (leftLiteral && !rightLiteral && TryConvertLiteral(leftNode, Promoted(right.Type), out var l))
        {
            return (l, ToType(right.Expression, Promoted(right.Type)));
        }
        var rank = Math.Max(TypeRules.NumericRank(left.Type), TypeRules.NumericRank(right.Type));
        var type = TypeRules.NumericOfRank(rank);
        if (TypeRules.IsNullableValue(left.Type) || TypeRules.IsNullableValue(right.Type))
        {
            type = TypeRules.MakeNullable(type);
        }
        return (ToType(left.Expression, type), ToType(right.Expression, type));
    }

    /// <summary>The arithmetic type of a numeric type: short → int, float → double, keeping nullability.</summary>
    private static Type Promoted(Type type)
    {
        var promoted = TypeRules.NumericOfRank(TypeRules.NumericRank(type));
        return TypeRules.IsNullableValue(type) ? TypeRules.MakeNullable(promoted) : promoted;
    }

    private static Expression ToType(Expression expression, Type type) =>
        expression.Type == type ? expression : Expression.Convert(expression, type);

    /// <summary>A condition: bool as is, bool? as "== true"; anything else is a type error at the node.</summary>
    private Expression AsBool(Bound value, Node node, string what)
    {
        if (value.Type == typeof(bool) && !value.IsNullLiteral)
        {
            return value.Expression;
        }
        if (value.Type == typeof(bool?))
        {
            return Expression.Equal(value.Expression, Expression.Constant(true, typeof(bool?)));
        }
        throw Error(node.Start, $"{what} must be true or false, but '{Text(node)}' is {Article(value)}");
    }

    private static string Article(Bound value) => value.IsNullLiteral ? "null" : Article(value.Type);

    private static string Article(Type type)
    {
        var name = TypeRules.Name(type);
        return ("aeiouAEIOU".Contains(name[0], StringComparison.Ordinal) ? "an " : "a ") + name;
    }
}
