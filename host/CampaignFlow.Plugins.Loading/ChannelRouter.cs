using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Plugins.Loading;

/// <summary>
/// Picks the channel for a correspondence type: the one named in <c>Plugins:Routes:&lt;kind&gt;</c> when configured,
/// otherwise the first loaded channel (by plugin id) that handles the type.
/// </summary>
public sealed class ChannelRouter
{
    private readonly PluginCatalog _catalog;
    private readonly PluginOptions _options;

    /// <summary>Creates the router.</summary>
    /// <param name="catalog">The loaded plugins.</param>
    /// <param name="options">The loader settings (routes).</param>
    public ChannelRouter(PluginCatalog catalog, IOptions<PluginOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _catalog = catalog;
        _options = options.Value;
    }

    /// <summary>Finds the channel for a correspondence type.</summary>
    /// <param name="kind">The correspondence type.</param>
    /// <returns>The channel, or <see langword="null"/> when no loaded channel handles it (or the configured one is not loaded).</returns>
    public GuardedChannel? Find(ChannelKind kind)
    {
        if (_options.Routes.TryGetValue(kind, out var code))
        {
            return _catalog.Channels.FirstOrDefault(channel => string.Equals(channel.Code, code, StringComparison.OrdinalIgnoreCase) && channel.Handles.Contains(kind));
        }

        return _catalog.Channels.FirstOrDefault(channel => channel.Handles.Contains(kind));
    }

    /// <summary>Gets the channel for a correspondence type, or explains why there is none.</summary>
    /// <param name="kind">The correspondence type.</param>
    /// <returns>The channel.</returns>
    /// <exception cref="InvalidOperationException">No loaded channel handles <paramref name="kind"/>; the message names the configured route and the disabled plugins.</exception>
    public GuardedChannel Route(ChannelKind kind)
    {
        if (Find(kind) is { } channel)
        {
            return channel;
        }

        var route = _options.Routes.TryGetValue(kind, out var code) ? $"Plugins:Routes:{kind} names channel '{code}', which is not loaded" : $"no loaded channel handles {kind}";
        var disabled = _catalog.Registry.Plugins.Where(plugin => plugin.Status == PluginStatus.Disabled).Select(plugin => $"'{plugin.Id}' ({plugin.Error})").ToArray();
        var hint = disabled.Length == 0 ? string.Empty : $" Disabled plugins: {string.Join("; ", disabled)}";
        throw new InvalidOperationException($"Cannot deliver {kind}: {route}.{hint}");
    }
}
