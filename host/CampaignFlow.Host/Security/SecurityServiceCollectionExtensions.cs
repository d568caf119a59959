using CampaignFlow.Domain.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CampaignFlow.Host.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// API keys for the API, a cookie (signed in with a key) for the web UI, and one authorization policy
    /// per role, named after the role.
    /// </summary>
    public static IServiceCollection AddCampaignFlowSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var session = TimeSpan.FromMinutes(configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>()?.SessionMinutes ?? 480);
        services.AddSingleton<ApiKeyService>();
        services.AddAuthentication(AuthSchemes.Default)
            .AddPolicyScheme(AuthSchemes.Default, "API key or browser session", o => o.ForwardDefaultSelector = SelectScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddCookie(AuthSchemes.Cookie, o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/denied";
                o.Cookie.Name = "campaignflow.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.ExpireTimeSpan = session;
                o.SlidingExpiration = true;
                o.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
            });
        var authorization = services.AddAuthorizationBuilder();
        foreach (var role in Roles.All) authorization.AddPolicy(role, p => p.RequireAuthenticatedUser().RequireRole(role));
        return services;
    }

    // API paths and requests carrying a key use the key; everything else is the browser.
    private static string SelectScheme(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || ApiKeyAuthenticationHandler.PresentedKey(context.Request) is not null
            ? AuthSchemes.ApiKey
            : AuthSchemes.Cookie;
}
