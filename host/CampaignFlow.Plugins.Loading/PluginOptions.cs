using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Plugins.Loading;

/// <summary>Settings of the plugin loader, bound from the <c>Plugins</c> configuration section.</summary>
/// <remarks>A plugin's own settings live beside these, in <c>Plugins:&lt;id&gt;</c>; the names below are therefore not valid plugin ids.</remarks>
public sealed class PluginOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Plugins";

    /// <summary>Gets or sets the folder holding one sub-folder per plugin; a relative path is looked up next to the executable, then in the content root.</summary>
    public string Path { get; set; } = "plugins";

    /// <summary>Gets or sets how long one <see cref="IChannel.SendAsync"/> may take before it counts as a transient failure.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets how long a batch hook (begin/complete) or a workflow action may take.</summary>
    public TimeSpan BatchTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets or sets a value indicating whether plugin load contexts are collectible (unloadable); off by default because it slows every call.</summary>
    public bool Collectible { get; set; }

    /// <summary>Gets the channel code to use per correspondence type when several loaded channels handle it (otherwise the first by plugin id).</summary>
    public Dictionary<ChannelKind, string> Routes { get; } = [];

    /// <summary>Gets the ids of plugins that are present but must not be loaded.</summary>
    public List<string> Disabled { get; } = [];

    /// <summary>Gets the names above, which no plugin id may take (they share the section).</summary>
    internal static IReadOnlySet<string> ReservedNames { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { nameof(Path), nameof(SendTimeout), nameof(BatchTimeout), nameof(Collectible), nameof(Routes), nameof(Disabled) };
}
