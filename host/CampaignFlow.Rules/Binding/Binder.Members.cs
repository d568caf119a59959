using System.Linq.Expressions;
using System.Reflection;
using CampaignFlow.Rules.Inputs;
using CampaignFlow.Rules.Parsing;

namespace CampaignFlow.Rules.Binding;

internal sealed partial class Binder
{
    private static readonly MethodInfo RecordGet = typeof(JsonRecord).GetMethod(nameof(JsonRecord.Get))!;

    // Properties of framework types a rule may read; everything else on them is out of reach.
    private static readonly Dictionary<Type, HashSet<string>> AllowedProperties = new()
    {
        [typeof(string)] = ["Length"],
        [typeof(DateTime)] = ["Year", "Month", "Day", "DayOfWeek", "DayOfYear", "Hour", "Minute", "Second", "Millisecond", "Date", "TimeOfDay"],
        [typeof(DateOnly)] = ["Year", "Month", "Day", "DayOfWeek", "DayOfYear"],
        [typeof(DateTimeOffset)] = ["Year", "Month", "Day", "DayOfWeek", "DayOfYear", "Hour", "Minute", "Second", "Date", "Offset"],
        [typeof(TimeOnly)] = ["Hour", "Minute", "Second"],
        [typeof(TimeSpan)] = ["Days", "Hours", "Minutes", "Seconds", "TotalDays", "TotalHours", "TotalMinutes", "TotalSeconds"],
    };

    private Bound BindMemberNode(MemberNode node, BindingScope scope)
    {
        if (node.Target is IdentifierNode root && scope.Find(root.Name) is null && scope.FindIt() is null
            && StaticRoots.TryGetValue(root.Name, out var staticType))
        {
            throw Error(node.NameStart, ForbiddenNames.Contains(node.Name)
                ? $"'{node.Name}' is not allowed in rules"
                : $"'{TypeRules.Name(staticType)}.{node.Name}' is not allowed in rules (time comes from inputs, not the clock)");
        }
        var target = Bind(node.Target, scope);
        return BindMember(target, node.Name, node.NameStart, Text(node.Target));
    }

    private Bound BindMember(Bound target, string name, int position, string targetText)
    {
        if (ForbiddenNames.Contains(name))
        {
            throw Error(position, $"'{name}' is not allowed in rules");
        }
        if (target.IsNullLiteral)
        {
            throw Error(position, $"null has no member '{name}'");
        }
        var member = TryBindMember(target, name, position);
        if (member is not null)
        {
            return member;
        }
        throw Error(position, $"'{targetText}' has no member '{name}'{MemberHint(target)}");
    }

    private string MemberHint(Bound target)
    {
        IEnumerable<string>? names = null;
        if (target.Shape?.Properties is { } properties)
        {
            names = properties.Keys;
        }
        else if (options.Facts.Find(TypeRules.Underlying(target.Type)) is { } facts)
        {
            names = facts.FactNames;
        }
        var list = names?.Order(StringComparer.Ordinal).ToList();
        return list is null || list.Count == 0 || list.Count > 30 ? string.Empty : $" (members: {string.Join(", ", list)})";
    }

    private Bound? TryBindMember(Bound target, string name, int position)
    {
        var type = target.Type;
        if (type == typeof(JsonRecord))
        {
            return BindRecordMember(target, name);
        }
        if (TypeRules.IsNullableValue(type))
        {
            if (name.Equals("HasValue", StringComparison.OrdinalIgnoreCase) || name.Equals("Value", StringComparison.OrdinalIgnoreCase))
            {
                return new Bound(Expression.Property(target.Expression, name.Equals("Value", StringComparison.OrdinalIgnoreCase) ? "Value" : "HasValue"));
            }
            return TryBindMember(new Bound(Expression.Property(target.Expression, "Value")), name, position);
        }
        var facts = options.Facts.Find(type);
        if (facts is not null)
        {
            var fact = facts.Find(name, mode);
            return fact is null ? null : new Bound(ParameterReplacer.Inline(fact, target.Expression));
        }
        if (type != typeof(string) && TypeRules.ElementType(type) is { } element
            && (name.Equals("Count", StringComparison.OrdinalIgnoreCase) || name.Equals("Length", StringComparison.OrdinalIgnoreCase)))
        {
            return new Bound(Expression.Call(LinqMethod("Count", 1).MakeGenericMethod(element), target.Expression));
        }
        if (TypeRules.IsFrameworkType(type))
        {
            if (!AllowedProperties.TryGetValue(type, out var allowed))
            {
                return null;
            }
            var canonical = allowed.FirstOrDefault(a => a.Equals(name, StringComparison.OrdinalIgnoreCase));
            return canonical is null ? null : new Bound(Expression.Property(target.Expression, canonical));
        }
        return BindObjectMember(target, name, position);
    }

    private static Bound? BindRecordMember(Bound target, string name)
    {
        var shape = target.Shape;
        var propertyName = shape?.FindPropertyName(name);
        if (shape is null || propertyName is null)
        {
            return null;
        }
        var propertyShape = shape.FindProperty(propertyName)!;
        Expression value = Expression.Call(target.Expression, RecordGet, Expression.Constant(propertyName));
        if (propertyShape.ClrType != typeof(object))
        {
            value = Expression.Convert(value, propertyShape.ClrType);
        }
        return new Bound(value, propertyShape);
    }

    /// <summary>A public instance property or field of an application type (not a framework type).</summary>
    private Bound? BindObjectMember(Bound target, string name, int position)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance;
        var type = target.Type;
        var properties = type.GetProperties(flags).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }).ToList();
        var property = properties.FirstOrDefault(p => p.Name == name)
            ?? Single(properties.Where(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase)));
        MemberInfo? member = property;
        Type? memberType = property?.PropertyType;
        if (member is null)
        {
            var fields = type.GetFields(flags);
            var field = fields.FirstOrDefault(f => f.Name == name)
                ?? Single(fields.Where(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase)));
            member = field;
            memberType = field?.FieldType;
        }
        if (member is null || memberType is null)
        {
            return null;
        }
        if (TypeRules.IsForbidden(memberType))
        {
            throw Error(position, $"'{member.Name}' is a {TypeRules.Name(memberType)}, which rules may not use");
        }
        return new Bound(Expression.MakeMemberAccess(target.Expression, member));
    }

    private static T? Single<T>(IEnumerable<T> items)
        where T : class
    {
        var list = items.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }
}
