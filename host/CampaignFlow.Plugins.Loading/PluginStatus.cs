namespace CampaignFlow.Plugins.Loading;

/// <summary>Whether a plugin found in the plugins folder runs.</summary>
public enum PluginStatus
{
    /// <summary>The plugin loaded; its channels and actions are in use.</summary>
    Loaded = 1,

    /// <summary>The plugin failed to load or was disabled by configuration; <see cref="PluginInfo.Error"/> says why.</summary>
    Disabled = 2,
}
