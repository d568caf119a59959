using CampaignFlow.Domain;
using CampaignFlow.Domain.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignFlow.Host.Pages.Shared;

/// <summary>
/// A list page whose rows marketing can cancel, uncancel or delete: the role check, the 404 for an unknown
/// entry, the status or error message and the reload after the change, in one place.
/// </summary>
public abstract class EntryActionsPageModel : PageModel
{
    public bool CanChange { get; protected set; }
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    /// <summary>Loads the list (and sets <see cref="CanChange"/>).</summary>
    protected abstract Task LoadAsync();

    /// <summary>Runs <paramref name="change"/> on entry <paramref name="entryNo"/>, then shows the list again.</summary>
    protected async Task<IActionResult> ChangeAsync(int entryNo, string record, Func<Task<bool>> exists, Func<Task> change, string done)
    {
        ArgumentNullException.ThrowIfNull(exists);
        ArgumentNullException.ThrowIfNull(change);
        if (!await RoleCheck.HasAsync(HttpContext, Roles.Marketing)) return Forbid();
        if (!await exists()) return NotFound();
        try
        {
            await change();
            Message = $"{record} {entryNo} {done}.";
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
        }

        await LoadAsync();
        return Page();
    }
}
