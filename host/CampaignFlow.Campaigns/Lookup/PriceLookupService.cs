using System.Globalization;
using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Domain;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Campaigns.Lookup;

/// <summary>
/// The price lookup: best unit price (lowest) and best line discount (highest) for an order line, each with its
/// source. Campaign offers compete with the item's list price when the request names the campaign, or when the
/// customer / contact's company / its linked customer is in an activated campaign's target group; always only inside
/// the campaign window and from the line's minimum quantity; each campaign's offers pass the eligibility rules first.
/// Answers from an in-memory index reloaded when <see cref="PricingCacheVersion"/> moves (or after
/// <see cref="CampaignsOptions.PriceIndexMaxAge"/>).
/// </summary>
public sealed class PriceLookupService(
    IDbContextFactory<CampaignFlowDbContext> contexts, PricingCacheVersion version, IDiscountEligibility eligibility,
    TimeProvider clock, IOptions<CampaignsOptions> options) : IDisposable
{
    private const string Record = "Price request";
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile PriceIndex? _index;

    public ValueTask<PriceQuote> LookupAsync(PriceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Validate(request);
        var index = _index;
        if (index is not null && IsCurrent(index)
            && index.Parties.TryGetValue((Blank(request.CustomerNo), Blank(request.ContactNo)), out var party))
            return ValueTask.FromResult(Quote(index, party, request));
        return new ValueTask<PriceQuote>(LookupSlowAsync(request, cancellationToken));
    }

    /// <summary>Loads the index now (e.g. at start) instead of on the first lookup.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken = default) => await CurrentIndexAsync(cancellationToken);

    private async Task<PriceQuote> LookupSlowAsync(PriceRequest request, CancellationToken cancellationToken)
    {
        var index = await CurrentIndexAsync(cancellationToken);
        var key = (Blank(request.CustomerNo), Blank(request.ContactNo));
        if (!index.Parties.TryGetValue(key, out var party))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            party = await PartyResolver.ResolveAsync(db, index, key.Item1, key.Item2, cancellationToken);
            index.Parties.TryAdd(key, party);
        }
        return Quote(index, party, request);
    }

    private PriceQuote Quote(PriceIndex index, PartyFacts party, PriceRequest request)
    {
        if (!index.Items.TryGetValue(request.ItemNo, out var item))
            throw new DomainException(Record, request.ItemNo, nameof(PriceRequest.ItemNo), $"item '{request.ItemNo}' does not exist.");
        var unit = Blank(request.UnitOfMeasureCode) ?? item.BaseUnitOfMeasure;
        var currency = Blank(request.CurrencyCode) ?? "";
        var named = Blank(request.CampaignNo);
        if (named is not null && !index.Campaigns.ContainsKey(named))
            throw new DomainException(Record, named, nameof(PriceRequest.CampaignNo), $"campaign '{named}' does not exist.");

        // The list price is in local currency and the base unit; no exchange rates or unit conversions are kept.
        var listApplies = currency.Length == 0 && string.Equals(unit, item.BaseUnitOfMeasure, StringComparison.Ordinal);
        var bestPrice = listApplies ? item.UnitPrice : (decimal?)null;
        var priceSource = listApplies ? PriceSource.ListPrice : PriceSource.None;
        var bestDiscount = 0m;
        var discountSource = PriceSource.None;
        List<CampaignOfferDecision>? offers = null;

        foreach (var campaignNo in Candidates(party, named))
        {
            var price = Best(index.Prices, (campaignNo, item.No), unit, currency, request, lowest: true);
            var discount = Better(Best(index.ItemDiscounts, (campaignNo, item.No), unit, currency, request, lowest: false),
                item.ItemDiscountGroup.Length == 0 ? null : Best(index.GroupDiscounts, (campaignNo, item.ItemDiscountGroup), unit, currency, request, lowest: false));
            if (price is null && discount is null) continue;

            var campaign = index.Campaigns[campaignNo];
            var isNamed = string.Equals(campaignNo, named, StringComparison.Ordinal);
            var isTargeted = party.TargetedCampaigns.Contains(campaignNo);
            var line = new EligibilityLine(item.No, item.ItemDiscountGroup, request.Quantity, unit, currency, item.UnitPrice, request.Quantity * item.UnitPrice, request.Date);
            var facts = new EligibilityCampaign(campaign.No, campaign.Description, campaign.StatusCode ?? "", campaign.SalespersonCode ?? "",
                campaign.StartingDate, campaign.EndingDate, isNamed, isTargeted);
            var verdict = eligibility.Evaluate(new EligibilityInput(party.Customer, party.Contact, line, facts));
            (offers ??= []).Add(new CampaignOfferDecision(campaignNo, isNamed, isTargeted, price?.Value, discount?.Value, verdict));
            if (!verdict.Allowed) continue;

            if (price is not null && (bestPrice is null || price.Value < bestPrice))
            {
                bestPrice = price.Value;
                priceSource = new PriceSource(PriceSourceKind.Campaign, campaignNo, price.MinimumQuantity);
            }
            if (discount is not null && discount.Value > bestDiscount)
            {
                bestDiscount = discount.Value;
                discountSource = new PriceSource(PriceSourceKind.Campaign, campaignNo, discount.MinimumQuantity);
            }
        }

        if (bestPrice is null)
            throw new DomainException(Record, request.ItemNo, currency.Length == 0 ? nameof(PriceRequest.UnitOfMeasureCode) : nameof(PriceRequest.CurrencyCode),
                string.Create(CultureInfo.InvariantCulture, $"item '{item.No}' has a list price in local currency per {item.BaseUnitOfMeasure} only, and no campaign price applies for unit '{unit}', currency '{currency}'."));
        return new PriceQuote(item.No, request.Quantity, unit, currency, request.Date, party.CustomerNo, party.ContactNo,
            bestPrice.Value, priceSource, bestDiscount, discountSource, offers ?? (IReadOnlyList<CampaignOfferDecision>)[]);
    }

    private static IEnumerable<string> Candidates(PartyFacts party, string? named)
    {
        if (named is not null && !party.TargetedCampaigns.Contains(named)) yield return named;
        foreach (var campaignNo in party.TargetedCampaigns) yield return campaignNo;
    }

    private static PriceLine? Best(Dictionary<(string, string), PriceLine[]> lines, (string, string) key, string unit, string currency, PriceRequest request, bool lowest)
    {
        if (!lines.TryGetValue(key, out var candidates)) return null;
        PriceLine? best = null;
        foreach (var line in candidates)
        {
            if (!line.Applies(unit, currency, request.Quantity, request.Date)) continue;
            if (best is null || (lowest ? line.Value < best.Value : line.Value > best.Value)) best = line;
        }
        return best;
    }

    private static PriceLine? Better(PriceLine? a, PriceLine? b) => a is null ? b : b is null ? a : b.Value > a.Value ? b : a;

    private static void Validate(PriceRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ItemNo))
            throw new DomainException(Record, null, nameof(PriceRequest.ItemNo), "an item no. is required.");
        if (request.Quantity <= 0)
            throw new DomainException(Record, request.ItemNo, nameof(PriceRequest.Quantity),
                string.Create(CultureInfo.InvariantCulture, $"must be greater than 0 (was {request.Quantity})."));
        if (Blank(request.CustomerNo) is null && Blank(request.ContactNo) is null)
            throw new DomainException(Record, request.ItemNo, nameof(PriceRequest.CustomerNo), "give a customer no. or a contact no.");
    }

    private bool IsCurrent(PriceIndex index) =>
        index.Version == version.Current && clock.GetUtcNow() - index.LoadedAt < options.Value.PriceIndexMaxAge;

    private async Task<PriceIndex> CurrentIndexAsync(CancellationToken cancellationToken)
    {
        var index = _index;
        if (index is not null && IsCurrent(index)) return index;
        await _loading.WaitAsync(cancellationToken);
        try
        {
            index = _index;
            if (index is not null && IsCurrent(index)) return index;
            // Read the stamp before loading: a change during the load leaves the new index stale, so it reloads.
            var stamp = version.Current;
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            index = await PriceIndexLoader.LoadAsync(db, stamp, clock.GetUtcNow(), cancellationToken);
            _index = index;
            return index;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private static string? Blank(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim();
}
