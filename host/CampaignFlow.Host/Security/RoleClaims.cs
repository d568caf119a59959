using System.Security.Claims;
using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Security;

/// <summary>Turns a key into the identity both schemes sign in with: its name, id and every role it includes.</summary>
public static class RoleClaims
{
    public static ClaimsPrincipal PrincipalFor(ApiKey key, string scheme)
    {
        ArgumentNullException.ThrowIfNull(key);
        var claims = new List<Claim> { new(ClaimTypes.Name, key.Name), new(AuthSchemes.KeyIdClaim, key.Id) };
        claims.AddRange(Roles.Expand(key.Role).Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The highest role of a signed-in user ("admin", "marketing", "viewer"), or null.</summary>
    public static string? HighestRole(ClaimsPrincipal user) => Roles.All.FirstOrDefault(user.IsInRole);
}
