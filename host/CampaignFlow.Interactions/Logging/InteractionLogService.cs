using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Logging;

/// <summary>
/// Cancel / uncancel and delete with BC's cascade: a logged segment takes its campaign entries and interaction entries
/// with it, a campaign entry its interaction entries; only canceled records can be deleted. Plus the lists the UI shows.
/// </summary>
public sealed class InteractionLogService(IDbContextFactory<CampaignFlowDbContext> contexts)
{
    /// <summary>Sets Canceled on a logged segment, its campaign entries and its interaction entries (true cancels, false uncancels).</summary>
    public async Task SetLoggedSegmentCanceledAsync(int entryNo, bool canceled, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.LoggedSegments.Where(l => l.EntryNo == entryNo).ExecuteUpdateAsync(s => s.SetProperty(l => l.Canceled, canceled), cancellationToken) == 0)
            throw NotFound(nameof(LoggedSegment), entryNo);
        await db.CampaignEntries.Where(c => c.RegisterNo == entryNo).ExecuteUpdateAsync(s => s.SetProperty(c => c.Canceled, canceled), cancellationToken);
        await db.InteractionLogEntries.Where(i => i.LoggedSegmentEntryNo == entryNo).ExecuteUpdateAsync(s => s.SetProperty(i => i.Canceled, canceled), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets Canceled on a campaign entry and its interaction entries.</summary>
    public async Task SetCampaignEntryCanceledAsync(int entryNo, bool canceled, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.CampaignEntries.Where(c => c.EntryNo == entryNo).ExecuteUpdateAsync(s => s.SetProperty(c => c.Canceled, canceled), cancellationToken) == 0)
            throw NotFound(nameof(CampaignEntry), entryNo);
        await db.InteractionLogEntries.Where(i => i.CampaignEntryNo == entryNo).ExecuteUpdateAsync(s => s.SetProperty(i => i.Canceled, canceled), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Sets Canceled on one interaction log entry.</summary>
    public async Task SetInteractionCanceledAsync(int entryNo, bool canceled, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.InteractionLogEntries.Where(i => i.EntryNo == entryNo).ExecuteUpdateAsync(s => s.SetProperty(i => i.Canceled, canceled), cancellationToken) == 0)
            throw NotFound(nameof(InteractionLogEntry), entryNo);
    }

    /// <summary>Deletes a canceled logged segment with its campaign entries, interaction entries and outbox rows.</summary>
    public async Task DeleteLoggedSegmentAsync(int entryNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var logged = await db.LoggedSegments.AsNoTracking().SingleOrDefaultAsync(l => l.EntryNo == entryNo, cancellationToken) ?? throw NotFound(nameof(LoggedSegment), entryNo);
        logged.EnsureCanDelete();
        await db.Deliveries.Where(d => d.LoggedSegmentEntryNo == entryNo).ExecuteDeleteAsync(cancellationToken);
        await db.InteractionLogEntries.Where(i => i.LoggedSegmentEntryNo == entryNo).ExecuteDeleteAsync(cancellationToken);
        await db.CampaignEntries.Where(c => c.RegisterNo == entryNo).ExecuteDeleteAsync(cancellationToken);
        await db.LoggedSegments.Where(l => l.EntryNo == entryNo).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes a canceled campaign entry with its interaction entries (and their outbox rows).</summary>
    public async Task DeleteCampaignEntryAsync(int entryNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.CampaignEntries.AsNoTracking().SingleOrDefaultAsync(c => c.EntryNo == entryNo, cancellationToken) ?? throw NotFound(nameof(CampaignEntry), entryNo);
        entry.EnsureCanDelete();
        var interactions = db.InteractionLogEntries.Where(i => i.CampaignEntryNo == entryNo);
        await db.Deliveries.Where(d => interactions.Any(i => i.EntryNo == d.InteractionEntryNo)).ExecuteDeleteAsync(cancellationToken);
        await interactions.ExecuteDeleteAsync(cancellationToken);
        await db.CampaignEntries.Where(c => c.EntryNo == entryNo).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Deletes one canceled interaction log entry (and its outbox row).</summary>
    public async Task DeleteInteractionAsync(int entryNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var entry = await db.InteractionLogEntries.AsNoTracking().SingleOrDefaultAsync(i => i.EntryNo == entryNo, cancellationToken) ?? throw NotFound(nameof(InteractionLogEntry), entryNo);
        entry.EnsureCanDelete();
        await db.Deliveries.Where(d => d.InteractionEntryNo == entryNo).ExecuteDeleteAsync(cancellationToken);
        await db.InteractionLogEntries.Where(i => i.EntryNo == entryNo).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Logged segments, newest first, with their counts (page by <paramref name="skip"/>/<paramref name="take"/>).</summary>
    public async Task<IReadOnlyList<LoggedSegmentSummary>> ListLoggedSegmentsAsync(int skip = 0, int take = 50, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LoggedSegments.AsNoTracking().OrderByDescending(l => l.EntryNo).Skip(skip).Take(take)
            .Select(l => new LoggedSegmentSummary(l.EntryNo, l.SegmentNo, l.Description, l.CreationDate, l.UserId, l.Canceled,
                db.InteractionLogEntries.Count(i => i.LoggedSegmentEntryNo == l.EntryNo),
                db.CampaignEntries.Count(c => c.RegisterNo == l.EntryNo),
                db.InteractionLogEntries.Count(i => i.LoggedSegmentEntryNo == l.EntryNo && i.DeliveryStatus == DeliveryStatus.InProgress),
                db.InteractionLogEntries.Count(i => i.LoggedSegmentEntryNo == l.EntryNo && i.DeliveryStatus == DeliveryStatus.Error)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Interaction log entries, newest first, optionally of one logged segment, contact or campaign.</summary>
    public async Task<IReadOnlyList<InteractionLogEntry>> ListInteractionsAsync(InteractionLogQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var entries = db.InteractionLogEntries.AsNoTracking();
        if (query.LoggedSegmentEntryNo is { } logged) entries = entries.Where(i => i.LoggedSegmentEntryNo == logged);
        if (query.ContactNo is { } contact) entries = entries.Where(i => i.ContactNo == contact);
        if (query.CampaignNo is { } campaign) entries = entries.Where(i => i.CampaignNo == campaign);
        if (query.DeliveryStatus is { } status) entries = entries.Where(i => i.DeliveryStatus == status);
        return await entries.OrderByDescending(i => i.EntryNo).Skip(query.Skip).Take(query.Take).ToListAsync(cancellationToken);
    }

    /// <summary>Campaign entries of a campaign, newest first.</summary>
    public async Task<IReadOnlyList<CampaignEntry>> ListCampaignEntriesAsync(string campaignNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CampaignEntries.AsNoTracking().Where(c => c.CampaignNo == campaignNo).OrderByDescending(c => c.EntryNo).ToListAsync(cancellationToken);
    }

    private static DomainException NotFound(string record, int entryNo) =>
        new(record, entryNo.ToString(System.Globalization.CultureInfo.InvariantCulture), null, "no such entry.");
}
