using CampaignFlow.Plugins.Loading;

namespace CampaignFlow.Host.Api.Plugins;

/// <summary>A plugin as the API and `campaignflow plugins list --json` show it (the folder path stays on the server).</summary>
public sealed record PluginView(string Id, string? Version, string? Description, PluginStatus Status, string? Error, IReadOnlyList<string> Channels, IReadOnlyList<string> WorkflowActions)
{
    public static PluginView From(PluginInfo plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return new(plugin.Id, plugin.Version, plugin.Description, plugin.Status, plugin.Error, plugin.Channels, plugin.WorkflowActions);
    }
}
