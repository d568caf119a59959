using CampaignFlow.Campaigns.Targeting;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api.Campaigns;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignFlow.Host.Pages.Campaigns;

/// <summary>The campaign card. Components add their part as a section partial (see _WorkflowSection and friends).</summary>
public sealed class CardModel(CampaignFlowDbContext db, CampaignActivationService activation, IAuthorizationService authorization) : PageModel
{
    public CampaignCard? Card { get; private set; }

    /// <summary>The outcome of the last Activate / Deactivate (shown as a status line).</summary>
    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string no)
    {
        Card = await CampaignQueries.CardAsync(db, no);
        return Card is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostActivateAsync(string no) => ChangeAsync(no, async ct =>
    {
        var result = await activation.ActivateAsync(no, ct);
        return $"Activated: {result.Customers} customers and {result.Contacts} contacts in the target group.";
    });

    public Task<IActionResult> OnPostDeactivateAsync(string no) => ChangeAsync(no, async ct =>
    {
        await activation.DeactivateAsync(no, ct);
        return "Deactivated: the target group is empty.";
    });

    // Viewers may read the card; only the change handlers need marketing (Razor Pages cannot authorize per handler).
    private async Task<IActionResult> ChangeAsync(string no, Func<CancellationToken, Task<string>> change)
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded) return Forbid();
        if (await CampaignQueries.CardAsync(db, no) is null) return NotFound();
        try
        {
            Message = await change(HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            (Message, MessageIsError) = (ex.Message, true);
        }
        Card = await CampaignQueries.CardAsync(db, no);
        return Page();
    }
}
