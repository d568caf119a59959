using CampaignFlow.Campaigns.Lookup;
using CampaignFlow.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignFlow.Host.Pages.Prices;

/// <summary>Price lookup for one order line (a GET form, so a result can be bookmarked): best price and discount, sources, every offer's verdict.</summary>
public sealed class IndexModel(PriceLookupService prices, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? CustomerNo { get; set; }
    [BindProperty(SupportsGet = true)] public string? ContactNo { get; set; }
    [BindProperty(SupportsGet = true)] public string? ItemNo { get; set; }
    [BindProperty(SupportsGet = true)] public decimal Quantity { get; set; } = 1;
    [BindProperty(SupportsGet = true)] public DateOnly? Date { get; set; }
    [BindProperty(SupportsGet = true)] public string? CampaignNo { get; set; }

    public PriceQuote? Quote { get; private set; }
    public string? ErrorField { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync()
    {
        Date ??= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (string.IsNullOrWhiteSpace(ItemNo)) return;
        if (!ModelState.IsValid)
        {
            var bad = ModelState.First(e => e.Value?.Errors.Count > 0);
            (ErrorField, Error) = (bad.Key, $"{bad.Key}: the value is not valid.");
            return;
        }
        try
        {
            Quote = await prices.LookupAsync(new PriceRequest(CustomerNo, ContactNo, ItemNo.Trim(), Quantity, Date.Value,
                CampaignNo: string.IsNullOrWhiteSpace(CampaignNo) ? null : CampaignNo.Trim()), HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            (ErrorField, Error) = (ex.Field, ex.Message);
        }
    }
}
