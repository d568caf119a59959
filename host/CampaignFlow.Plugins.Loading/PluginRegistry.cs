namespace CampaignFlow.Plugins.Loading;

/// <summary>Every plugin folder the loader found, loaded or disabled, in plugin id order.</summary>
public sealed class PluginRegistry
{
    internal PluginRegistry(string? pluginsPath, IReadOnlyList<PluginInfo> plugins)
    {
        PluginsPath = pluginsPath;
        Plugins = plugins;
    }

    /// <summary>Gets the plugins folder that was scanned, or <see langword="null"/> when none was found.</summary>
    public string? PluginsPath { get; }

    /// <summary>Gets every plugin found.</summary>
    public IReadOnlyList<PluginInfo> Plugins { get; }

    /// <summary>Finds a plugin by id.</summary>
    /// <param name="id">The plugin id.</param>
    /// <returns>The plugin, or <see langword="null"/>.</returns>
    public PluginInfo? Find(string id) => Plugins.FirstOrDefault(plugin => string.Equals(plugin.Id, id, StringComparison.OrdinalIgnoreCase));
}
