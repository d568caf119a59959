namespace CampaignFlow.Rules.Binding;

/// <summary>Names visible to an expression: inputs, global and local params, lambda parameters (innermost wins).</summary>
internal sealed class BindingScope(BindingScope? parent = null)
{
    private readonly Dictionary<string, Bound> _names = new(StringComparer.Ordinal);

    public BindingScope? Parent { get; } = parent;

    /// <summary>The implicit lambda parameter 'it', whose members can be named bare (Dynamic LINQ style).</summary>
    public Bound? It { get; init; }

    public void Add(string name, Bound value) => _names[name] = value;

    public Bound? Find(string name)
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope._names.TryGetValue(name, out var exact))
            {
                return exact;
            }
        }
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            var matches = scope._names.Where(n => string.Equals(n.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
            if (matches.Count == 1)
            {
                return matches[0].Value;
            }
        }
        return null;
    }

    public Bound? FindIt()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            if (scope.It is not null)
            {
                return scope.It;
            }
        }
        return null;
    }

    public IEnumerable<string> AllNames()
    {
        for (var scope = this; scope is not null; scope = scope.Parent)
        {
            foreach (var name in scope._names.Keys)
            {
                yield return name;
            }
        }
    }
}
