using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Pages.Segments;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Interactions.Templates;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Pages.Templates;

/// <summary>
/// One interaction template: everyone reads it, an admin edits it (or creates it under a new code). Saving goes through
/// <see cref="InteractionTemplateService.SaveTemplateAsync"/>, the same call as the API: it compiles every content and
/// refuses a Handlebars error, naming the language, the part and the line and column, with nothing written.
/// </summary>
public sealed class EditModel(CampaignFlowDbContext db, InteractionTemplateService templates) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Code { get; set; } = "";
    [BindProperty] public TemplateForm Form { get; set; } = new();

    public bool Exists { get; private set; }
    public bool CanEdit { get; private set; }
    public SegmentPageError? Error { get; private set; }
    [TempData] public string? Message { get; set; }
    public IReadOnlyList<(string Code, string Description)> Groups { get; private set; } = [];
    public IReadOnlyList<(string No, string Description)> Campaigns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var template = await templates.FindTemplateAsync(Code, HttpContext.RequestAborted);
        CanEdit = await RoleCheck.HasAsync(HttpContext, Roles.Admin);
        if (template is null && !CanEdit) return NotFound();
        Exists = template is not null;
        Form = template is null ? new TemplateForm() : TemplateForm.From(template);
        await LoadChoicesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await RoleCheck.HasAsync(HttpContext, Roles.Admin)) return Forbid();
        CanEdit = true;
        var ct = HttpContext.RequestAborted;
        try
        {
            if (!ModelState.IsValid)
            {
                var (field, entry) = ModelState.First(e => e.Value!.Errors.Count > 0);
                throw new Api.ApiValidationException(field, $"'{entry!.AttemptedValue}' is not a valid value.");
            }
            var template = Form.ToTemplate(Code);
            await templates.SaveTemplateAsync(template, ct);
            Message = $"Template {Code} saved.";
            return Redirect($"/templates/{Uri.EscapeDataString(Code)}");
        }
        catch (TemplateSyntaxException ex)
        {
            var domain = ex.ToDomainException();
            Error = new SegmentPageError("template", domain.Field ?? "Contents", domain.Reason);
        }
        catch (Exception ex) when (SegmentPageError.From("template", ex) is { } error)
        {
            Error = error;
        }
        Exists = await db.InteractionTemplates.AnyAsync(t => t.Code == Code, ct);
        await LoadChoicesAsync();
        return Page();
    }

    private async Task LoadChoicesAsync()
    {
        var ct = HttpContext.RequestAborted;
        Groups = (await db.InteractionGroups.AsNoTracking().OrderBy(g => g.Code).Select(g => new { g.Code, g.Description }).ToListAsync(ct))
            .Select(g => (g.Code, g.Description)).ToList();
        Campaigns = (await db.Campaigns.AsNoTracking().OrderBy(c => c.No).Select(c => new { c.No, c.Description }).ToListAsync(ct))
            .Select(c => (c.No, c.Description)).ToList();
    }
}
