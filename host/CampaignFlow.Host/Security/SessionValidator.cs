using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CampaignFlow.Host.Security;

/// <summary>A browser session lasts only as long as the key it was opened with is active.</summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirst(AuthSchemes.KeyIdClaim)?.Value;
        var keys = context.HttpContext.RequestServices.GetRequiredService<ApiKeyService>();
        if (id is null || await keys.FindActiveAsync(id, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Cookie);
        }
    }
}
