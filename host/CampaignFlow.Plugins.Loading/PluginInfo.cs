namespace CampaignFlow.Plugins.Loading;

/// <summary>One plugin folder as the registry reports it (for <c>GET /api/plugins</c> and the CLI).</summary>
/// <param name="Id">The manifest id, or the folder name when the manifest could not be read.</param>
/// <param name="Version">The manifest version, if read.</param>
/// <param name="Description">The manifest description, if any.</param>
/// <param name="Folder">The plugin's folder.</param>
/// <param name="Status">Loaded or Disabled.</param>
/// <param name="Error">Why the plugin is disabled; <see langword="null"/> when loaded.</param>
/// <param name="Channels">The codes of the plugin's channels.</param>
/// <param name="WorkflowActions">The names of the plugin's workflow actions.</param>
public sealed record PluginInfo(
    string Id,
    string? Version,
    string? Description,
    string Folder,
    PluginStatus Status,
    string? Error,
    IReadOnlyList<string> Channels,
    IReadOnlyList<string> WorkflowActions)
{
    internal static PluginInfo Disabled(string id, string? version, string? description, string folder, string error) =>
        new(id, version, description, folder, PluginStatus.Disabled, error, [], []);
}
