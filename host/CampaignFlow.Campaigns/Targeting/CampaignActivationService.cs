using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Campaigns.Targeting;

/// <summary>
/// Activate / Deactivate a campaign: builds or removes its target group from the target segment lines and the
/// non-canceled target interaction entries. Each contact's company becomes a Customer target when one of its
/// business relations links it to a customer, else a Contact target (the company's no.).
/// The group is stored (as BC's Campaign Target Group) so price lookups find targets by key; segment and logging
/// code calls <see cref="RefreshTargetGroupAsync"/> after changing a campaign's target lines or entries.
/// </summary>
public sealed class CampaignActivationService(IDbContextFactory<CampaignFlowDbContext> contexts, PricingCacheVersion pricingVersion)
{
    private const string Record = nameof(Campaign);

    /// <summary>Builds (or rebuilds) the target group. Nothing to activate → DomainException.</summary>
    public async Task<TargetGroupResult> ActivateAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await ActivateInAsync(db, campaignNo, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        pricingVersion.Invalidate();
        return result;
    }

    /// <summary>
    /// Activates inside the caller's context and transaction (the workflow runtime commits it with the
    /// transition); the caller commits and then invalidates the price cache.
    /// </summary>
    public async Task<TargetGroupResult> ActivateInAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await RequireCampaignAsync(db, campaignNo, cancellationToken);
        var targets = await BuildTargetsAsync(db, campaignNo, cancellationToken);
        if (targets.Count == 0)
            throw new DomainException(Record, campaignNo, nameof(Campaign.TargetGroups),
                "nothing to activate: no segment line and no non-canceled interaction log entry of this campaign has Campaign Target set.");
        return await ReplaceGroupAsync(db, campaignNo, targets, cancellationToken);
    }

    /// <summary>Removes the target group; the campaign's prices then reach only documents that name the campaign.</summary>
    public async Task DeactivateAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await DeactivateInAsync(db, campaignNo, cancellationToken) == 0)
            throw new DomainException(Record, campaignNo, nameof(Campaign.Activated), "is not activated.");
        pricingVersion.Invalidate();
    }

    /// <summary>Removes the target group inside the caller's context; returns how many targets were removed.</summary>
    public async Task<int> DeactivateInAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await RequireCampaignAsync(db, campaignNo, cancellationToken);
        return await db.CampaignTargetGroups.Where(t => t.CampaignNo == campaignNo).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Call after changing segment lines or interaction entries of a campaign (adding/removing contacts, logging,
    /// canceling, changing Campaign Target): an activated campaign's group is rebuilt from the current data; a
    /// campaign that is not activated is left alone. When no target remains the group is empty (deactivated).
    /// </summary>
    public async Task<TargetGroupResult> RefreshTargetGroupAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var activated = await db.CampaignTargetGroups.AnyAsync(t => t.CampaignNo == campaignNo, cancellationToken);
        if (!activated) return new TargetGroupResult(campaignNo, 0, 0);
        var targets = await BuildTargetsAsync(db, campaignNo, cancellationToken);
        var result = await ReplaceGroupAsync(db, campaignNo, targets, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        pricingVersion.Invalidate();
        return result;
    }

    public async Task<IReadOnlyList<CampaignTargetGroup>> ListTargetGroupAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var group = await db.CampaignTargetGroups.AsNoTracking().Where(t => t.CampaignNo == campaignNo).ToListAsync(cancellationToken);
        // Sorted here: the type is stored as text, where "Contact" sorts before "Customer".
        return [.. group.OrderBy(t => t.Type).ThenBy(t => t.No, StringComparer.Ordinal)];
    }

    private static async Task<List<CampaignTargetGroup>> BuildTargetsAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        var fromLines = db.SegmentLines.Where(l => l.CampaignNo == campaignNo && l.CampaignTarget)
            .Select(l => l.ContactCompanyNo ?? l.ContactNo);
        var fromEntries = db.InteractionLogEntries.Where(e => e.CampaignNo == campaignNo && e.CampaignTarget && !e.Canceled)
            .Select(e => e.ContactCompanyNo ?? e.ContactNo);
        var companies = await fromLines.Union(fromEntries).ToListAsync(cancellationToken);
        if (companies.Count == 0) return [];

        var links = await db.ContactBusinessRelations.AsNoTracking()
            .Where(r => r.LinkToTable == BusinessRelationLink.Customer && r.LinkNo != null && companies.Contains(r.ContactNo))
            .Select(r => new { r.ContactNo, r.LinkNo }).ToListAsync(cancellationToken);
        // A company linked to several customers targets the first (as BC's FindFirst does).
        var customerOf = links.GroupBy(l => l.ContactNo, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(l => l.LinkNo!).Min(StringComparer.Ordinal)!, StringComparer.Ordinal);
        return [.. companies
            .Select(company => customerOf.TryGetValue(company, out var customer)
                ? new CampaignTargetGroup { CampaignNo = campaignNo, Type = CampaignTargetType.Customer, No = customer }
                : new CampaignTargetGroup { CampaignNo = campaignNo, Type = CampaignTargetType.Contact, No = company })
            .DistinctBy(t => (t.Type, t.No))];
    }

    private static async Task<TargetGroupResult> ReplaceGroupAsync(CampaignFlowDbContext db, string campaignNo, List<CampaignTargetGroup> targets, CancellationToken cancellationToken)
    {
        await db.CampaignTargetGroups.Where(t => t.CampaignNo == campaignNo).ExecuteDeleteAsync(cancellationToken);
        db.CampaignTargetGroups.AddRange(targets);
        await db.SaveChangesAsync(cancellationToken);
        return new TargetGroupResult(campaignNo,
            targets.Count(t => t.Type == CampaignTargetType.Customer), targets.Count(t => t.Type == CampaignTargetType.Contact));
    }

    private static async Task RequireCampaignAsync(CampaignFlowDbContext db, string campaignNo, CancellationToken cancellationToken)
    {
        if (!await db.Campaigns.AnyAsync(c => c.No == campaignNo, cancellationToken))
            throw new DomainException(Record, campaignNo, nameof(Campaign.No), "no such campaign.");
    }
}
