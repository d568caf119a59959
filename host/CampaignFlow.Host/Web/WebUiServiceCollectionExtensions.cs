using CampaignFlow.Domain.Security;

namespace CampaignFlow.Host.Web;

public static class WebUiServiceCollectionExtensions
{
    /// <summary>
    /// The server-rendered web UI (Razor Pages under Pages/). Every page needs a signed-in viewer unless it
    /// says otherwise; a page that changes data asks for more with <c>[Authorize(Roles.Marketing)]</c> on its model.
    /// </summary>
    public static IServiceCollection AddCampaignFlowWebUi(this IServiceCollection services)
    {
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/", Roles.Viewer);
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Denied");
        });
        return services;
    }
}
