using System.Collections.Concurrent;

namespace CampaignFlow.Rules.Facts;

/// <summary>The fact maps known to the compiler, by entity type.</summary>
public sealed class FactRegistry
{
    private readonly ConcurrentDictionary<Type, IFactMap> _maps = new();

    public FactRegistry Add(IFactMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        _maps[map.EntityType] = map;
        return this;
    }

    public IFactMap? Find(Type type) => _maps.TryGetValue(type, out var map) ? map : null;
}
