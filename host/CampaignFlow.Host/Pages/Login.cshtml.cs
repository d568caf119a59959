using CampaignFlow.Host.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignFlow.Host.Pages;

/// <summary>Signs a browser in with an API key: the session gets the key's roles and ends when the key is revoked.</summary>
public sealed class LoginModel(ApiKeyService keys) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
        if (Request.Query.ContainsKey("denied")) Error = "Your key's role does not allow that page.";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var key = await keys.CheckAsync(Key?.Trim(), HttpContext.RequestAborted);
        if (key is null)
        {
            Error = "That key is not valid (unknown, mistyped or revoked).";
            return Page();
        }
        await HttpContext.SignInAsync(AuthSchemes.Cookie, RoleClaims.PrincipalFor(key, AuthSchemes.Cookie));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/campaigns");
    }
}
