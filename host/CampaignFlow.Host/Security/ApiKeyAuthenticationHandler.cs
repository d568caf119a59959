using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Security;

/// <summary>
/// Reads <c>X-Api-Key: &lt;key&gt;</c> or <c>Authorization: Bearer &lt;key&gt;</c>; no key → anonymous (401 where a
/// role is required), a wrong or revoked key → 401, a valid key → its role and the roles it includes.
/// Both 401 and 403 answer with problem details.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string FailureItem = "cf:auth-failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var presented = PresentedKey(Request);
        if (presented is null) return AuthenticateResult.NoResult();
        var key = await keys.CheckAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            Context.Items[FailureItem] = "The API key is not valid (unknown, malformed or revoked).";
            return AuthenticateResult.Fail("Invalid API key.");
        }
        return AuthenticateResult.Success(new AuthenticationTicket(RoleClaims.PrincipalFor(key, Scheme.Name), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"Bearer, {AuthSchemes.ApiKeyHeader}";
        var detail = Context.Items[FailureItem] as string ?? $"Send an API key in the {AuthSchemes.ApiKeyHeader} header or as 'Authorization: Bearer <key>'.";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required", detail: detail).ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var role = RoleClaims.HighestRole(Context.User) ?? "none";
        return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: $"This key's role ({role}) does not allow this operation.").ExecuteAsync(Context);
    }

    /// <summary>The key a request carries, from either header; null when there is none.</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[AuthSchemes.ApiKeyHeader].ToString();
        if (!string.IsNullOrWhiteSpace(header)) return header.Trim();
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }
}
