using System.Collections;
using System.Dynamic;
using System.Text.Json;

namespace CampaignFlow.Rules.Inputs;

/// <summary>
/// Turns JsonElement, ExpandoObject and IDictionary&lt;string, object?&gt; inputs into <see cref="JsonRecord"/>s
/// (numbers: integers as long, others as decimal, else double), so rules written for RulesEngine's
/// ExpandoObject inputs (input1.country ...) run unchanged.
/// </summary>
public static class JsonInputNormalizer
{
    private const int MaxDepth = 64;

    /// <summary>True when the value is a shape-typed input (JSON or a dictionary) rather than a CLR object.</summary>
    public static bool IsDynamic(object? value) =>
        value is JsonElement or JsonDocument or ExpandoObject or IDictionary<string, object?> or JsonRecord;

    public static (object? Value, JsonShape Shape) Normalize(object? value) => Normalize(value, 0);

    private static (object? Value, JsonShape Shape) Normalize(object? value, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"the input is nested more than {MaxDepth} levels deep");
        }
        switch (value)
        {
            case null:
                return (null, JsonShape.Null);
            case JsonRecord record:
                return (record, record.Shape);
            case JsonDocument document:
                return Normalize(document.RootElement, depth);
            case JsonElement element:
                return FromElement(element, depth);
            case string s:
                return (s, JsonShape.Scalar(typeof(string)));
            case bool b:
                return (b, JsonShape.Scalar(typeof(bool)));
            case int or long or short or byte or sbyte or ushort or uint:
                return (Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture), JsonShape.Scalar(typeof(long)));
            case decimal m:
                return (m, JsonShape.Scalar(typeof(decimal)));
            case double or float:
                return (Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture), JsonShape.Scalar(typeof(double)));
            case IDictionary<string, object?> dictionary:
                return FromProperties(dictionary.Select(p => (p.Key, p.Value)), depth);
            case IEnumerable sequence when value is not string:
                return FromItems(sequence.Cast<object?>().ToList(), depth);
            default:
                return (value, JsonShape.Scalar(value.GetType()));
        }
    }

    private static (object? Value, JsonShape Shape) FromElement(JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                return FromProperties(element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)), depth);
            case JsonValueKind.Array:
                return FromItems(element.EnumerateArray().Select(e => (object?)e).ToList(), depth);
            case JsonValueKind.String:
                return (element.GetString(), JsonShape.Scalar(typeof(string)));
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var l))
                {
                    return (l, JsonShape.Scalar(typeof(long)));
                }
                if (element.TryGetDecimal(out var m))
                {
                    return (m, JsonShape.Scalar(typeof(decimal)));
                }
                return (element.GetDouble(), JsonShape.Scalar(typeof(double)));
            case JsonValueKind.True:
                return (true, JsonShape.Scalar(typeof(bool)));
            case JsonValueKind.False:
                return (false, JsonShape.Scalar(typeof(bool)));
            default:
                return (null, JsonShape.Null);
        }
    }

    private static (object? Value, JsonShape Shape) FromProperties(IEnumerable<(string Name, object? Value)> properties, int depth)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var shapes = new Dictionary<string, JsonShape>(StringComparer.Ordinal);
        foreach (var (name, raw) in properties)
        {
            var (value, shape) = Normalize(raw, depth + 1);
            values[name] = value;
            shapes[name] = shape;
        }
        var recordShape = JsonShape.Object(shapes);
        return (new JsonRecord(values, recordShape), recordShape);
    }

    private static (object? Value, JsonShape Shape) FromItems(List<object?> items, int depth)
    {
        var normalized = items.Select(i => Normalize(i, depth + 1)).ToList();
        var element = normalized.Count == 0
            ? JsonShape.Null
            : normalized.Select(n => n.Shape).Aggregate(JsonShape.Merge);
        var array = Array.CreateInstance(element.ClrType, normalized.Count);
        for (var i = 0; i < normalized.Count; i++)
        {
            array.SetValue(ConvertTo(normalized[i].Value, element.ClrType), i);
        }
        return (array, JsonShape.Array(element));
    }

    private static object? ConvertTo(object? value, Type type)
    {
        if (value is null || type.IsInstanceOfType(value))
        {
            return value;
        }
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }
}
