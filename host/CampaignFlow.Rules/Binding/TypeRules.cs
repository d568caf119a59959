using CampaignFlow.Rules.Inputs;

namespace CampaignFlow.Rules.Binding;

/// <summary>Type facts the binder needs: numeric ranks, nullability, sequences, friendly names, forbidden types.</summary>
internal static class TypeRules
{
    private static readonly Type[] NumericOrder = [typeof(int), typeof(long), typeof(decimal), typeof(double)];

    private static readonly string[] ForbiddenNamespaces =
    [
        "System.Reflection", "System.IO", "System.Runtime", "System.Diagnostics", "System.Threading",
        "System.Net", "System.Security", "Microsoft.Win32", "System.Linq.Expressions",
    ];

    public static Type Underlying(Type type) => Nullable.GetUnderlyingType(type) ?? type;

    public static bool IsNullableValue(Type type) => Nullable.GetUnderlyingType(type) is not null;

    public static bool CanBeNull(Type type) => !type.IsValueType || IsNullableValue(type);

    public static Type MakeNullable(Type type) =>
        type.IsValueType && !IsNullableValue(type) ? typeof(Nullable<>).MakeGenericType(type) : type;

    public static bool IsNumeric(Type type) => NumericRank(type) >= 0;

    /// <summary>int &lt; long &lt; decimal &lt; double; small integers count as int, float as double; -1 if not numeric.</summary>
    public static int NumericRank(Type type)
    {
        var t = Underlying(type);
        if (t.IsEnum)
        {
            return -1;
        }
        return Type.GetTypeCode(t) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 => 0,
            TypeCode.UInt32 or TypeCode.Int64 => 1,
            TypeCode.UInt64 or TypeCode.Decimal => 2,
            TypeCode.Single or TypeCode.Double => 3,
            _ => -1,
        };
    }

    public static Type NumericOfRank(int rank) => NumericOrder[rank];

    public static bool IsIntegral(Type type) => NumericRank(type) is 0 or 1;

    /// <summary>Types a registered function may take and return.</summary>
    public static bool IsSimple(Type type)
    {
        var t = Underlying(type);
        return t == typeof(string) || t == typeof(bool) || IsNumeric(t) || t == typeof(DateTime) || t == typeof(DateOnly)
            || t == typeof(TimeSpan) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(Guid) || t.IsEnum;
    }

    /// <summary>The element type of a sequence (arrays, List, IEnumerable&lt;T&gt; …), never for string.</summary>
    public static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }
        if (type.IsArray)
        {
            return type.GetElementType();
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            return type.GetGenericArguments()[0];
        }
        var enumerable = type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    /// <summary>Types no rule may ever produce or touch: reflection, IO, threads, delegates, expressions.</summary>
    public static bool IsForbidden(Type type)
    {
        var t = Underlying(type);
        if (t.IsArray)
        {
            return IsForbidden(t.GetElementType()!);
        }
        if (t == typeof(Type) || typeof(Delegate).IsAssignableFrom(t) || t == typeof(AppDomain) || t == typeof(Environment)
            || t == typeof(Activator) || t == typeof(GC) || typeof(IDisposable).IsAssignableFrom(t) && t != typeof(JsonRecord))
        {
            return true;
        }
        var ns = t.Namespace ?? string.Empty;
        if (ForbiddenNamespaces.Any(f => ns == f || ns.StartsWith(f + ".", StringComparison.Ordinal)))
        {
            return true;
        }
        return t.IsGenericType && t.GetGenericArguments().Any(IsForbidden);
    }

    /// <summary>A type from the framework: only members on the binder's allow-list are reachable on it.</summary>
    public static bool IsFrameworkType(Type type)
    {
        var ns = Underlying(type).Namespace ?? string.Empty;
        return ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns.StartsWith("Microsoft.", StringComparison.Ordinal);
    }

    public static string Name(Type type)
    {
        if (IsNullableValue(type))
        {
            return Name(Underlying(type)) + "?";
        }
        if (type == typeof(JsonRecord))
        {
            return "object";
        }
        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }
        if (type.IsGenericType)
        {
            var name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
            return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
        }
        return Type.GetTypeCode(type) switch
        {
            TypeCode.String => "string",
            TypeCode.Int32 => "int",
            TypeCode.Int64 => "long",
            TypeCode.Decimal => "decimal",
            TypeCode.Double => "double",
            TypeCode.Single => "float",
            TypeCode.Boolean => "bool",
            _ => type == typeof(object) ? "object" : type.Name,
        };
    }
}
