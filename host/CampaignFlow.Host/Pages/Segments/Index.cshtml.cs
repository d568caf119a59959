using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Api.Segments;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Segments;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Segments;

/// <summary>The segment list and "New segment" (marketing).</summary>
public sealed class IndexModel(CampaignFlowDbContext db, SegmentService segments, IAuthorizationService authorization, IOptions<ApiOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public string? NewDescription { get; set; }

    public Page<SegmentListItem> Segments { get; private set; } = new([], 0, 1, 1);
    public bool CanChange { get; private set; }
    public SegmentPageError? Error { get; private set; }
    public PagerModel Pager => new("/segments", Segments.PageNumber, Segments.PageCount, Segments.Total, new Dictionary<string, string?> { ["search"] = Search });

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded) return Forbid();
        try
        {
            if (string.IsNullOrWhiteSpace(NewDescription)) throw new ApiValidationException("Description", "is required.");
            var segment = await segments.CreateAsync(new SegmentHeaderUpdate { Description = NewDescription.Trim() }, HttpContext.RequestAborted);
            TempData["Message"] = $"Segment {segment.No} created.";
            return Redirect($"/segments/{Uri.EscapeDataString(segment.No)}");
        }
        catch (Exception ex) when (SegmentPageError.From("new", ex) is { } error)
        {
            Error = error;
            await LoadAsync();
            return Page();
        }
    }

    private async Task LoadAsync()
    {
        CanChange = (await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded;
        Segments = await SegmentReads.ListAsync(db, new SegmentQuery(Search, null, Math.Max(1, PageNumber), 25), options.Value, HttpContext.RequestAborted);
    }
}
