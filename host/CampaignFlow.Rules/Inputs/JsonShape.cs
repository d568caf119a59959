using System.Text;

namespace CampaignFlow.Rules.Inputs;

/// <summary>
/// The static type of a plain JSON / ExpandoObject input, read from its shape: each property's kind decides the
/// CLR type the compiler uses (string, long, decimal, double, bool, object for null, JsonRecord, arrays).
/// </summary>
public sealed class JsonShape
{
    private JsonShape(Type clrType, IReadOnlyDictionary<string, JsonShape>? properties, JsonShape? element)
    {
        ClrType = clrType;
        Properties = properties;
        Element = element;
        Signature = BuildSignature();
    }

    public static JsonShape Null { get; } = new(typeof(object), null, null);

    /// <summary>The CLR type a value of this shape has once normalized.</summary>
    public Type ClrType { get; }

    /// <summary>Properties when this is an object shape (keys compared ordinally, then ignoring case).</summary>
    public IReadOnlyDictionary<string, JsonShape>? Properties { get; }

    /// <summary>Element shape when this is an array shape.</summary>
    public JsonShape? Element { get; }

    /// <summary>A canonical text of the shape; part of the compile cache key.</summary>
    public string Signature { get; }

    public static JsonShape Scalar(Type type) => new(type, null, null);

    public static JsonShape Object(IReadOnlyDictionary<string, JsonShape> properties) => new(typeof(JsonRecord), properties, null);

    public static JsonShape Array(JsonShape element) => new(element.ClrType.MakeArrayType(), null, element);

    public JsonShape? FindProperty(string name)
    {
        if (Properties is null)
        {
            return null;
        }
        if (Properties.TryGetValue(name, out var exact))
        {
            return exact;
        }
        var matches = Properties.Where(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0].Value : null;
    }

    public string? FindPropertyName(string name)
    {
        if (Properties is null)
        {
            return null;
        }
        if (Properties.ContainsKey(name))
        {
            return name;
        }
        var matches = Properties.Keys.Where(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>The shape that covers both (for array elements of differing shapes).</summary>
    public static JsonShape Merge(JsonShape a, JsonShape b)
    {
        if (a.Signature == b.Signature)
        {
            return a;
        }
        if (ReferenceEquals(a, Null))
        {
            return Nullable(b);
        }
        if (ReferenceEquals(b, Null))
        {
            return Nullable(a);
        }
        if (a.Properties is not null && b.Properties is not null)
        {
            var merged = new Dictionary<string, JsonShape>(StringComparer.Ordinal);
            foreach (var (key, shape) in a.Properties)
            {
                merged[key] = b.Properties.TryGetValue(key, out var other) ? Merge(shape, other) : Nullable(shape);
            }
            foreach (var (key, shape) in b.Properties)
            {
                merged.TryAdd(key, Nullable(shape));
            }
            return Object(merged);
        }
        if (a.Element is not null && b.Element is not null)
        {
            return Array(Merge(a.Element, b.Element));
        }
        var numeric = WiderNumber(a.ClrType, b.ClrType);
        return numeric is null ? Null : Scalar(numeric);
    }

    private static JsonShape Nullable(JsonShape shape) =>
        shape.ClrType.IsValueType && System.Nullable.GetUnderlyingType(shape.ClrType) is null
            ? Scalar(typeof(Nullable<>).MakeGenericType(shape.ClrType))
            : shape;

    private static Type? WiderNumber(Type a, Type b)
    {
        Type[] order = [typeof(long), typeof(decimal), typeof(double)];
        var ua = System.Nullable.GetUnderlyingType(a) ?? a;
        var ub = System.Nullable.GetUnderlyingType(b) ?? b;
        var ia = System.Array.IndexOf(order, ua);
        var ib = System.Array.IndexOf(order, ub);
        if (ia < 0 || ib < 0)
        {
            return null;
        }
        var wide = order[Math.Max(ia, ib)];
        return ua != a || ub != b ? typeof(Nullable<>).MakeGenericType(wide) : wide;
    }

    private string BuildSignature()
    {
        if (Properties is not null)
        {
            var text = new StringBuilder("{");
            foreach (var (key, shape) in Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append(key).Append(':').Append(shape.Signature).Append(',');
            }
            return text.Append('}').ToString();
        }
        return Element is not null ? $"[{Element.Signature}]" : ClrType.FullName ?? ClrType.Name;
    }
}
