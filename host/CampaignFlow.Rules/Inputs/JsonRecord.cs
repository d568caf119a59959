namespace CampaignFlow.Rules.Inputs;

/// <summary>
/// A plain JSON / ExpandoObject input after normalization: a property bag with a known <see cref="JsonShape"/>.
/// Compiled rules read it through <see cref="Get"/> with the property name resolved at compile time.
/// </summary>
public sealed class JsonRecord
{
    private readonly Dictionary<string, object?> _values;

    public JsonRecord(Dictionary<string, object?> values, JsonShape shape)
    {
        _values = values;
        Shape = shape;
    }

    public JsonShape Shape { get; }

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>The value of a property, or null when this record lacks it (an array element of a wider shape).</summary>
    public object? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    public override string ToString() =>
        "{" + string.Join(", ", _values.Select(v => $"{v.Key}: {v.Value}")) + "}";
}
