using CampaignFlow.Domain.Segments;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api;
using CampaignFlow.Host.Api.Paging;
using CampaignFlow.Host.Api.Segments;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Segments;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Host.Pages.Segments;

/// <summary>
/// The segment builder: header, lines, criteria and the action panel. Every form carries the version the page
/// was rendered with; a change from elsewhere in between is refused (shown beside the form) and nothing is written.
/// Successful changes redirect (post/redirect/get) with a message; errors and previews re-render with the inputs kept.
/// </summary>
public sealed partial class BuilderModel(CampaignFlowDbContext db, SegmentService segments, SegmentRuleCatalog catalog, IAuthorizationService authorization,
    IOptions<ApiOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string No { get; set; } = "";
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public int Version { get; set; }
    [BindProperty] public SegmentHeaderForm Form { get; set; } = new();
    [BindProperty] public SegmentActionForm Act { get; set; } = new();
    [BindProperty] public SegmentCriteriaForm Criteria { get; set; } = new();
    [BindProperty] public SegmentLinkForm Link { get; set; } = new();
    [BindProperty] public SegmentReuseForm Reuse { get; set; } = new();
    [BindProperty] public SegmentLineFlagsForm LineFlags { get; set; } = new();

    public SegmentHeader Header { get; private set; } = null!;
    public Page<SegmentLineItem> Lines { get; private set; } = new([], 0, 1, 1);
    public IReadOnlyList<SegmentCriteriaAction> Actions { get; private set; } = [];
    public IReadOnlyList<SegmentRuleSet> RuleSets { get; private set; } = [];
    public IReadOnlyList<(string Code, string Description)> Templates { get; private set; } = [];
    public IReadOnlyList<(string No, string Description)> Campaigns { get; private set; } = [];
    public IReadOnlyList<(string Code, string Description)> SavedCriteria { get; private set; } = [];
    public IReadOnlyList<(int EntryNo, string Description)> LoggedSegments { get; private set; } = [];
    public bool CanChange { get; private set; }
    public SegmentPageError? Error { get; private set; }
    public string? Preview { get; private set; }
    [TempData] public string? Message { get; set; }

    public PagerModel Pager => new($"/segments/{Uri.EscapeDataString(No)}", Lines.PageNumber, Lines.PageCount, Lines.Total, new Dictionary<string, string?>());

    public string? ErrorFor(string form) => Error is { } e && e.Form == form ? $"{e.Field}: {e.Message}" : null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync()) return NotFound();
        Form = SegmentHeaderForm.From(Header);
        Link = new SegmentLinkForm { CampaignNo = Header.CampaignNo, AsTarget = Header.CampaignTarget, AsResponse = Header.CampaignResponse };
        return Page();
    }

    public Task<IActionResult> OnPostHeaderAsync() => ChangeAsync("header", async ct =>
    {
        var version = Version;
        var current = await segments.GetAsync(No, ct);
        var template = SegmentHeaderForm.Blank(Form.TemplateCode);
        if (template != current.InteractionTemplateCode)
        {
            current = await segments.SetTemplateAsync(No, version, template, ct);
            version = current.Version;
        }
        await segments.UpdateHeaderAsync(No, version, Form.ApplyTo(SegmentHeaderUpdate.From(current)), Form.UpdateLines, ct);
        return "Header saved.";
    });

    public Task<IActionResult> OnPostLinkAsync() => ChangeAsync("link", async ct =>
    {
        var campaign = SegmentHeaderForm.Blank(Link.CampaignNo);
        await segments.LinkToCampaignAsync(No, Version, campaign, Link.AsTarget, Link.AsResponse, updateLines: true, ct);
        return campaign is null ? "Segment unlinked from its campaign." : $"Segment linked to campaign {campaign}{(Link.AsTarget ? " as target" : "")}{(Link.AsResponse ? " as response" : "")}.";
    });

    public Task<IActionResult> OnPostCriteriaAsync() => ChangeAsync("criteria", async ct =>
    {
        var code = SegmentHeaderForm.Blank(Criteria.Code) ?? throw new ApiValidationException("Code", "is required.");
        var saved = await segments.SaveCriteriaAsync(No, code, Criteria.Description?.Trim() ?? "", replaceExisting: false, ct);
        return $"Criteria saved as {saved.Code} ({saved.Actions.Count} action(s)).";
    });

    public Task<IActionResult> OnPostUndoAsync() => ChangeAsync("action", async ct =>
    {
        var result = await segments.UndoAsync(No, Version, ct);
        return $"Undo: action {result.ActionNo} ({result.Kind}) reverted; the segment has {result.NoOfLines} line(s).";
    });

    public async Task<IActionResult> OnPostActionAsync(string kind)
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded) return Forbid();
        if (kind == "preview") return await PreviewAsync();
        if (!Enum.TryParse<SegmentActionKind>(kind, ignoreCase: true, out var action) || action is not (SegmentActionKind.Add or SegmentActionKind.Reduce or SegmentActionKind.Refine))
            return BadRequest();
        return await ChangeAsync("action", async ct =>
        {
            var filter = Act.ToFilter();
            var options = Act.ToOptions();
            var result = action switch
            {
                SegmentActionKind.Add => await segments.AddContactsAsync(No, Version, filter, options, ct),
                SegmentActionKind.Reduce => await segments.ReduceContactsAsync(No, Version, filter, options.EntireCompanies, ct),
                _ => await segments.RefineContactsAsync(No, Version, filter, options.EntireCompanies, ct),
            };
            var verb = action == SegmentActionKind.Add ? "added" : "removed";
            return $"{action}: {result.LinesAffected} line(s) {verb} by {filter}; the segment has {result.NoOfLines} line(s).";
        });
    }

    private async Task<IActionResult> PreviewAsync()
    {
        var ct = HttpContext.RequestAborted;
        try
        {
            var filter = Act.ToFilter();
            var options = Act.ToOptions();
            var add = await segments.PreviewAsync(No, SegmentActionKind.Add, filter, options, ct);
            var reduce = await segments.PreviewAsync(No, SegmentActionKind.Reduce, filter, options, ct);
            var refine = await segments.PreviewAsync(No, SegmentActionKind.Refine, filter, options, ct);
            Preview = $"Preview of {filter}: Add would insert {add} line(s), Reduce would remove {reduce}, Refine would remove {refine}.";
        }
        catch (Exception ex) when (SegmentPageError.From("action", ex) is { } error)
        {
            Error = error;
        }
        return await LoadAsync() ? Page() : NotFound();
    }

    /// <summary>Checks the role, runs one change; success → redirect with its message; a refused change → the page again with the error beside its form.</summary>
    private async Task<IActionResult> ChangeAsync(string form, Func<CancellationToken, Task<string>> change)
    {
        if (!(await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded) return Forbid();
        try
        {
            Message = await change(HttpContext.RequestAborted);
            return Redirect($"/segments/{Uri.EscapeDataString(No)}");
        }
        catch (Exception ex) when (SegmentPageError.From(form, ex) is { } error)
        {
            Error = error;
            return await LoadAsync() ? Page() : NotFound();
        }
    }

    private async Task<bool> LoadAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (await SegmentReads.HeaderAsync(db, No, ct) is not { } header) return false;
        Header = header;
        CanChange = (await authorization.AuthorizeAsync(User, Roles.Marketing)).Succeeded;
        Lines = await SegmentReads.LinesAsync(db, No, Math.Max(1, PageNumber), 25, options.Value, ct);
        Actions = await segments.GetCriteriaAsync(No, ct);
        RuleSets = SegmentRuleSets.List(catalog);
        Templates = (await db.InteractionTemplates.AsNoTracking().OrderBy(t => t.Code).Select(t => new { t.Code, t.Description }).ToListAsync(ct))
            .Select(t => (t.Code, t.Description)).ToList();
        Campaigns = (await db.Campaigns.AsNoTracking().OrderBy(c => c.No).Select(c => new { c.No, c.Description }).ToListAsync(ct))
            .Select(c => (c.No, c.Description)).ToList();
        SavedCriteria = (await db.SavedSegmentCriteria.AsNoTracking().OrderBy(c => c.Code).Select(c => new { c.Code, c.Description }).ToListAsync(ct))
            .Select(c => (c.Code, c.Description)).ToList();
        LoggedSegments = (await db.LoggedSegments.AsNoTracking().Where(l => !l.Canceled).OrderByDescending(l => l.EntryNo).Take(200)
            .Select(l => new { l.EntryNo, l.Description }).ToListAsync(ct)).Select(l => (l.EntryNo, l.Description)).ToList();
        return true;
    }
}
