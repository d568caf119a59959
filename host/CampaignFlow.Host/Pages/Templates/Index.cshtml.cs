using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Interactions.Templates;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignFlow.Host.Pages.Templates;

/// <summary>The interaction templates with their languages; admins open one to edit it or start a new one.</summary>
public sealed class IndexModel(InteractionTemplateService templates) : PageModel
{
    public IReadOnlyList<InteractionTemplate> Templates { get; private set; } = [];
    public bool CanEdit { get; private set; }
    [BindProperty] public string? NewCode { get; set; }

    public async Task OnGetAsync()
    {
        Templates = await templates.ListTemplatesAsync(HttpContext.RequestAborted);
        CanEdit = await RoleCheck.HasAsync(HttpContext, Roles.Admin);
    }

    /// <summary>Opens the editor on a new code (nothing is stored until the template is saved there).</summary>
    public async Task<IActionResult> OnPostNewAsync()
    {
        if (!await RoleCheck.HasAsync(HttpContext, Roles.Admin)) return Forbid();
        var code = TemplateForm.Blank(NewCode);
        if (code is null) return Redirect("/templates");
        return Redirect($"/templates/{Uri.EscapeDataString(code)}");
    }
}
