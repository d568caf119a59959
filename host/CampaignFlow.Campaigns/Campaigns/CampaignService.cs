using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Campaigns.Campaigns;

/// <summary>
/// Creates and edits campaigns. Moving a campaign's dates moves the windows of its sales prices and line discounts
/// in the same transaction (their window is always the campaign's).
/// </summary>
public sealed class CampaignService(IDbContextFactory<CampaignFlowDbContext> contexts, TimeProvider clock, PricingCacheVersion pricingVersion)
{
    private const string Record = nameof(Campaign);

    /// <summary>Creates a campaign numbered from the CAMPAIGN number series (CP0001, CP0002 …).</summary>
    public async Task<Campaign> CreateAsync(CampaignDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await CheckSalespersonAsync(db, null, details.SalespersonCode, cancellationToken);
        var no = await new NumberSeriesAllocator(db).NextAsync(NumberSeries.Campaigns, cancellationToken);
        var campaign = Campaign.Create(no, details.Description, null, details.StartingDate, details.EndingDate);
        campaign.SalespersonCode = details.SalespersonCode;
        campaign.LastDateModified = Today();
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return campaign;
    }

    /// <summary>
    /// Replaces description, dates and salesperson. <paramref name="expectedVersion"/> (when given) guards against a
    /// concurrent edit. Clearing the dates of a campaign that has prices or discounts is refused.
    /// </summary>
    public async Task<Campaign> UpdateAsync(string campaignNo, CampaignDetails details, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var campaign = await db.Campaigns.SingleOrDefaultAsync(c => c.No == campaignNo, cancellationToken)
            ?? throw new DomainException(Record, campaignNo, nameof(Campaign.No), "no such campaign.");
        if (expectedVersion is { } version && version != campaign.Version)
            throw new DomainException(Record, campaignNo, nameof(Campaign.Version),
                $"was changed by someone else (version {campaign.Version}, expected {version}); reload it and try again.");
        await CheckSalespersonAsync(db, campaignNo, details.SalespersonCode, cancellationToken);

        var datesChanged = campaign.StartingDate != details.StartingDate || campaign.EndingDate != details.EndingDate;
        campaign.Description = details.Description;
        campaign.SalespersonCode = details.SalespersonCode;
        campaign.SetPeriod(details.StartingDate, details.EndingDate);
        campaign.LastDateModified = Today();
        if (datesChanged) await MovePricingWindowsAsync(db, campaign, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DomainException(Record, campaignNo, nameof(Campaign.Version), "was changed by someone else meanwhile; reload it and try again.");
        }
        await transaction.CommitAsync(cancellationToken);
        if (datesChanged) pricingVersion.Invalidate();
        return campaign;
    }

    public async Task<Campaign?> FindAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().Include(c => c.TargetGroups).SingleOrDefaultAsync(c => c.No == campaignNo, cancellationToken);
    }

    public async Task<IReadOnlyList<Campaign>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Campaigns.AsNoTracking().OrderBy(c => c.No).ToListAsync(cancellationToken);
    }

    private static async Task MovePricingWindowsAsync(CampaignFlowDbContext db, Campaign campaign, CancellationToken cancellationToken)
    {
        var prices = await db.CampaignSalesPrices.CountAsync(p => p.CampaignNo == campaign.No, cancellationToken);
        var discounts = await db.CampaignLineDiscounts.CountAsync(d => d.CampaignNo == campaign.No, cancellationToken);
        if (prices + discounts == 0) return;
        if (campaign.StartingDate is null || campaign.EndingDate is null)
            throw new DomainException(Record, campaign.No, campaign.StartingDate is null ? nameof(Campaign.StartingDate) : nameof(Campaign.EndingDate),
                $"cannot be cleared: the campaign has {prices} sales price(s) and {discounts} line discount(s), whose validity window is the campaign's dates.");
        var (start, end) = (campaign.StartingDate, campaign.EndingDate);
        await db.CampaignSalesPrices.Where(p => p.CampaignNo == campaign.No)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.StartingDate, start).SetProperty(p => p.EndingDate, end), cancellationToken);
        await db.CampaignLineDiscounts.Where(d => d.CampaignNo == campaign.No)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.StartingDate, start).SetProperty(d => d.EndingDate, end), cancellationToken);
    }

    private static async Task CheckSalespersonAsync(CampaignFlowDbContext db, string? campaignNo, string? code, CancellationToken cancellationToken)
    {
        if (code is null) return;
        var salesperson = await db.Salespeople.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, cancellationToken)
            ?? throw new DomainException(Record, campaignNo, nameof(Campaign.SalespersonCode), $"salesperson '{code}' does not exist.");
        if (salesperson.Blocked)
            throw new DomainException(Record, campaignNo, nameof(Campaign.SalespersonCode), $"salesperson '{code}' is blocked and cannot be assigned.");
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
