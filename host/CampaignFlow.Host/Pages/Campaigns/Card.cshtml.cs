using CampaignFlow.Host.Api.Campaigns;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignFlow.Host.Pages.Campaigns;

/// <summary>The campaign card. Components add their part as a section partial (see _WorkflowSection and friends).</summary>
public sealed class CardModel(CampaignFlowDbContext db) : PageModel
{
    public CampaignCard? Card { get; private set; }

    public async Task<IActionResult> OnGetAsync(string no)
    {
        Card = await CampaignQueries.CardAsync(db, no);
        return Card is null ? NotFound() : Page();
    }
}
