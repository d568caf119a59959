namespace CampaignFlow.Rules.Inputs;

/// <summary>
/// A named input of a rule evaluation, as in RulesEngine. Plain JSON (JsonElement), ExpandoObject and
/// string-keyed dictionaries are typed from their shape; any other value by its CLR type (or the given type).
/// </summary>
public sealed class RuleParameter
{
    public RuleParameter(string name, object? value)
        : this(name, null, value)
    {
    }

    public RuleParameter(string name, Type? type, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        if (JsonInputNormalizer.IsDynamic(value))
        {
            (Value, var shape) = JsonInputNormalizer.Normalize(value);
            Shape = shape;
            Type = shape.ClrType;
        }
        else
        {
            Value = value;
            Type = type ?? value?.GetType() ?? typeof(object);
            if (value is not null && !Type.IsInstanceOfType(value))
            {
                throw new ArgumentException($"the value of input '{name}' is a {value.GetType().Name}, not a {Type.Name}", nameof(value));
            }
        }
    }

    public string Name { get; }

    public Type Type { get; }

    public object? Value { get; }

    /// <summary>The shape when the input is a plain JSON object; null for CLR-typed inputs.</summary>
    public JsonShape? Shape { get; }

    /// <summary>The part of the compile cache key this input contributes.</summary>
    public string TypeKey => $"{Name}:{Shape?.Signature ?? Type.AssemblyQualifiedName}";

    public static RuleParameter Create<T>(string name, T value) => new(name, typeof(T), value);
}
