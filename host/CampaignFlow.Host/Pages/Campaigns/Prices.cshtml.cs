using System.Globalization;
using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Campaigns.Targeting;
using CampaignFlow.Domain.Pricing;
using CampaignFlow.Domain.Security;
using CampaignFlow.Host.Api;
using CampaignFlow.Host.Pages.Segments;
using CampaignFlow.Host.Pages.Shared;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Pages.Campaigns;

/// <summary>
/// A campaign's sales prices and line discounts: everyone reads them, marketing adds, changes and deletes them and
/// activates or deactivates the target group, all through <see cref="CampaignPricingService"/> / <see cref="CampaignActivationService"/>.
/// </summary>
public sealed class PricesModel(CampaignFlowDbContext db, CampaignPricingService pricing, CampaignActivationService activation) : PageModel
{
    [BindProperty(SupportsGet = true)] public string No { get; set; } = "";
    [BindProperty] public PriceForm Entry { get; set; } = new();

    public string Description { get; private set; } = "";
    public IReadOnlyList<CampaignSalesPrice> SalesPrices { get; private set; } = [];
    public IReadOnlyList<CampaignLineDiscount> Discounts { get; private set; } = [];
    public bool CanChange { get; private set; }
    public SegmentPageError? Error { get; private set; }
    [TempData] public string? Message { get; set; }

    public string? ErrorFor(string form) => Error is { } e && e.Form == form ? $"{e.Field}: {e.Message}" : null;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public Task<IActionResult> OnPostSavePriceAsync() => ChangeAsync(Entry.Id is null ? "price-new" : $"price-{Id(Entry.Id)}", async ct =>
    {
        var saved = Entry.Id is { } id ? await pricing.UpdatePriceAsync(id, Entry.ToPrice(), ct) : await pricing.AddPriceAsync(No, Entry.ToPrice(), ct);
        return $"Price for {saved.ItemNo} {(Entry.Id is null ? "added" : "saved")}: {saved.UnitPrice.ToString("#,0.00", CultureInfo.InvariantCulture)}.";
    });

    public Task<IActionResult> OnPostDeletePriceAsync(long id) => ChangeAsync($"price-{Id(id)}", async ct =>
    {
        await pricing.DeletePriceAsync(id, ct);
        return "Price deleted.";
    });

    public Task<IActionResult> OnPostSaveDiscountAsync() => ChangeAsync(Entry.Id is null ? "discount-new" : $"discount-{Id(Entry.Id)}", async ct =>
    {
        var saved = Entry.Id is { } id ? await pricing.UpdateDiscountAsync(id, Entry.ToDiscount(), ct) : await pricing.AddDiscountAsync(No, Entry.ToDiscount(), ct);
        return $"Line discount for {saved.Type} {saved.Code} {(Entry.Id is null ? "added" : "saved")}: {saved.LineDiscountPct.ToString("0.##", CultureInfo.InvariantCulture)} %.";
    });

    public Task<IActionResult> OnPostDeleteDiscountAsync(long id) => ChangeAsync($"discount-{Id(id)}", async ct =>
    {
        await pricing.DeleteDiscountAsync(id, ct);
        return "Line discount deleted.";
    });

    public Task<IActionResult> OnPostActivateAsync() => ChangeAsync("activation", async ct =>
    {
        var result = await activation.ActivateAsync(No, ct);
        return $"Activated: {result.Customers} customers and {result.Contacts} contacts in the target group.";
    });

    public Task<IActionResult> OnPostDeactivateAsync() => ChangeAsync("activation", async ct =>
    {
        await activation.DeactivateAsync(No, ct);
        return "Deactivated: the target group is empty.";
    });

    private static string Id(long? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";

    // Viewers read the page; the change handlers need marketing (Razor Pages cannot authorize per handler).
    private async Task<IActionResult> ChangeAsync(string form, Func<CancellationToken, Task<string>> change)
    {
        if (!await RoleCheck.HasAsync(HttpContext, Roles.Marketing)) return Forbid();
        if (!await db.Campaigns.AnyAsync(c => c.No == No, HttpContext.RequestAborted)) return NotFound();
        try
        {
            if (!ModelState.IsValid)
            {
                var (field, entry) = ModelState.First(e => e.Value!.Errors.Count > 0);
                throw new ApiValidationException(field, $"'{entry!.AttemptedValue}' is not a valid value.");
            }
            Message = await change(HttpContext.RequestAborted);
            return Redirect($"/campaigns/{Uri.EscapeDataString(No)}/prices");
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
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.No == No).Select(c => new { c.Description }).SingleOrDefaultAsync(ct);
        if (campaign is null) return false;
        Description = campaign.Description;
        SalesPrices = await pricing.ListPricesAsync(No, ct);
        Discounts = await pricing.ListDiscountsAsync(No, ct);
        CanChange = await RoleCheck.HasAsync(HttpContext, Roles.Marketing);
        return true;
    }
}
