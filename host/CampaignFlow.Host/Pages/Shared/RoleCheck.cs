using Microsoft.AspNetCore.Authorization;

namespace CampaignFlow.Host.Pages.Shared;

/// <summary>For pages that viewers read and marketing changes: whether the signed-in user reaches a role policy.</summary>
public static class RoleCheck
{
    public static async Task<bool> HasAsync(HttpContext http, string policy)
    {
        ArgumentNullException.ThrowIfNull(http);
        var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
        return (await authorization.AuthorizeAsync(http.User, policy)).Succeeded;
    }
}
