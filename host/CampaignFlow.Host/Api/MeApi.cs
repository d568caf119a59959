using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Security;

namespace CampaignFlow.Host.Api;

/// <summary><c>GET /api/me</c>: who the key is and what it may do (viewer).</summary>
public static class MeApi
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/me", (HttpContext context) => new
        {
            name = context.User.Identity?.Name,
            role = RoleClaims.HighestRole(context.User),
            roles = Roles.All.Where(context.User.IsInRole).ToList(),
        }).WithTags("Me").RequireAuthorization(Roles.Viewer);
        return api;
    }
}
