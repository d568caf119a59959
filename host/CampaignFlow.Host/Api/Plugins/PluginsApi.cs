using CampaignFlow.Domain.Security;
using CampaignFlow.Plugins.Loading;

namespace CampaignFlow.Host.Api.Plugins;

/// <summary>
/// <c>/api/plugins</c>: every plugin folder with its id, version, status, error, channels and workflow actions.
/// A viewer may read it (it holds no secrets, and a viewer needs to see why a channel is missing); loading is done at start.
/// </summary>
public static class PluginsApi
{
    public static RouteGroupBuilder MapPluginsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/plugins").WithTags("Plugins");
        group.MapGet("/", (PluginRegistry registry) => Results.Ok(registry.Plugins.Select(PluginView.From))).RequireAuthorization(Roles.Viewer);
        group.MapGet("/{id}", (string id, PluginRegistry registry) =>
            registry.Find(id) is { } plugin ? Results.Ok(PluginView.From(plugin)) : ApiProblems.NotFound("Plugin", id)).RequireAuthorization(Roles.Viewer);
        return group;
    }
}
