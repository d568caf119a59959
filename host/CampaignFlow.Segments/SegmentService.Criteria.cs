using System.Globalization;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Segments;

public sealed partial class SegmentService
{
    /// <summary>Save Criteria: stores the segment's actions, in order, under <paramref name="code"/> (the segment itself is not changed).</summary>
    public async Task<SavedSegmentCriteria> SaveCriteriaAsync(string segmentNo, string code, string description = "", bool replaceExisting = false, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        await EnsureExistsAsync(db, segmentNo, cancellationToken);
        var actions = await db.SegmentCriteriaActions.AsNoTracking().Where(a => a.SegmentNo == segmentNo).OrderBy(a => a.ActionNo).ToListAsync(cancellationToken);
        var saved = new SavedSegmentCriteria
        {
            Code = code,
            Description = description,
            Actions = actions.Select((a, i) => new SavedSegmentCriteriaAction
            {
                CriteriaCode = code, ActionNo = i + 1, Kind = a.Kind,
                ExpandCompanies = a.ExpandCompanies, AllowRelatedCompanies = a.AllowRelatedCompanies, IgnoreExclusion = a.IgnoreExclusion,
                AllowExistingContacts = a.AllowExistingContacts, EntireCompanies = a.EntireCompanies,
                RuleWorkflow = a.RuleWorkflow, RuleName = a.RuleName, Expression = a.Expression, Reference = a.Reference,
            }).ToList(),
        };
        if (actions.Count == 0)
            throw new DomainException(nameof(SavedSegmentCriteria), code, nameof(SavedSegmentCriteria.Actions), $"segment '{segmentNo}' has no criteria to save.");
        saved.Validate();
        if (await db.SavedSegmentCriteria.AnyAsync(s => s.Code == code, cancellationToken))
        {
            if (!replaceExisting)
                throw new DomainException(nameof(SavedSegmentCriteria), code, nameof(SavedSegmentCriteria.Code), "criteria are already saved under this code; pass replaceExisting to overwrite them.");
            await db.SavedSegmentCriteria.Where(s => s.Code == code).ExecuteDeleteAsync(cancellationToken);
        }
        db.SavedSegmentCriteria.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return saved;
    }

    /// <summary>The saved criteria under <paramref name="code"/> with their actions in order.</summary>
    public async Task<SavedSegmentCriteria> GetSavedCriteriaAsync(string code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await LoadSavedAsync(db, code, cancellationToken);
    }

    /// <summary>
    /// Reuse Criteria: replays the saved actions on this segment, in order, each recorded as its own action (so
    /// each can be undone). Keeps Refine's Entire Companies, which BC drops. Every filter is compiled before
    /// anything is written; one that fails leaves the segment unchanged.
    /// </summary>
    public async Task<IReadOnlyList<SegmentActionResult>> ReuseCriteriaAsync(string segmentNo, int expectedVersion, string code, CancellationToken cancellationToken = default)
    {
        SavedSegmentCriteria saved;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken)) saved = await LoadSavedAsync(db, code, cancellationToken);
        var steps = saved.Actions.OrderBy(a => a.ActionNo).Select(a => (Action: a, Filter: CompileSaved(code, a))).ToList();
        return await WriteAsync(segmentNo, expectedVersion, async (w, ct) =>
        {
            var results = new List<SegmentActionResult>();
            foreach (var (action, filter) in steps)
            {
                var options = new SegmentActionOptions
                {
                    ExpandCompanies = action.ExpandCompanies, AllowRelatedCompanies = action.AllowRelatedCompanies, IgnoreExclusion = action.IgnoreExclusion,
                    AllowExistingContacts = action.AllowExistingContacts, EntireCompanies = action.EntireCompanies,
                };
                results.Add(action.Kind switch
                {
                    SegmentActionKind.Add or SegmentActionKind.Reduce or SegmentActionKind.Refine => await ApplyAsync(w, action.Kind, filter!, options, ct),
                    SegmentActionKind.AddContact => await AddOneAsync(w, action.Reference!, allowExisting: true, ct),
                    SegmentActionKind.RemoveContact => await RemoveContactLinesAsync(w, action.Reference!, ct),
                    SegmentActionKind.ReuseSegment => await ReuseLoggedAsync(w, ParseEntryNo(code, action), ct),
                    _ => throw new DomainException(nameof(SavedSegmentCriteria), code, nameof(SavedSegmentCriteriaAction.Kind), $"action {action.ActionNo} has an unknown kind '{action.Kind}'."),
                });
            }
            return results;
        }, cancellationToken);
    }

    /// <summary>Reuse Segment: adds the contacts of a logged segment (its interaction log entries), skipping those already in the segment.</summary>
    public Task<SegmentActionResult> ReuseSegmentAsync(string segmentNo, int expectedVersion, int loggedSegmentEntryNo, CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, (w, ct) => ReuseLoggedAsync(w, loggedSegmentEntryNo, ct), cancellationToken);

    private static async Task<SegmentActionResult> ReuseLoggedAsync(SegmentWriter w, int entryNo, CancellationToken ct)
    {
        if (!await w.Db.LoggedSegments.AnyAsync(l => l.EntryNo == entryNo, ct))
            throw new DomainException(nameof(LoggedSegment), entryNo.ToString(CultureInfo.InvariantCulture), null, "there is no such logged segment.");
        var no = w.Segment.No;
        var logged = w.Db.InteractionLogEntries.Where(e => e.LoggedSegmentEntryNo == entryNo).Select(e => e.ContactNo);
        var contacts = w.Db.Contacts.Where(c => logged.Contains(c.No) && !w.Db.SegmentLines.Any(l => l.SegmentNo == no && l.ContactNo == c.No));
        var actionNo = await w.NextActionNoAsync(ct);
        var added = await w.InsertLinesAsync(contacts, actionNo, null, ct);
        await w.RecordAsync(actionNo, SegmentActionKind.ReuseSegment, SegmentActionOptions.None, null, entryNo.ToString(CultureInfo.InvariantCulture), added, ct);
        return await ResultAsync(w, actionNo, SegmentActionKind.ReuseSegment, added, ct);
    }

    private static async Task<SegmentActionResult> RemoveContactLinesAsync(SegmentWriter w, string contactNo, CancellationToken ct)
    {
        var no = w.Segment.No;
        var actionNo = await w.NextActionNoAsync(ct);
        var removed = await w.RemoveLinesAsync(w.Db.SegmentLines.Where(l => l.SegmentNo == no && l.ContactNo == contactNo), actionNo, null, ct);
        await w.RecordAsync(actionNo, SegmentActionKind.RemoveContact, SegmentActionOptions.None, null, contactNo, removed, ct);
        return await ResultAsync(w, actionNo, SegmentActionKind.RemoveContact, removed, ct);
    }

    private ContactFilter? CompileSaved(string code, SavedSegmentCriteriaAction action)
    {
        var filter = SegmentFilter.FromStored(action.RuleWorkflow, action.RuleName, action.Expression);
        if (action.Kind is not (SegmentActionKind.Add or SegmentActionKind.Reduce or SegmentActionKind.Refine)) return null;
        if (filter is null)
            throw new DomainException(nameof(SavedSegmentCriteria), code, nameof(SavedSegmentCriteriaAction.Expression), $"action {action.ActionNo} ({action.Kind}) has no filter.");
        try
        {
            return filters.Compile(filter);
        }
        catch (DomainException ex)
        {
            throw new DomainException(nameof(SavedSegmentCriteria), code, null, $"action {action.ActionNo} ({action.Kind}): {ex.Message}");
        }
    }

    private static int ParseEntryNo(string code, SavedSegmentCriteriaAction action) =>
        int.TryParse(action.Reference, NumberStyles.None, CultureInfo.InvariantCulture, out var entryNo) ? entryNo
            : throw new DomainException(nameof(SavedSegmentCriteria), code, nameof(SavedSegmentCriteriaAction.Reference), $"action {action.ActionNo}: '{action.Reference}' is not a logged segment entry no.");

    private static async Task<SavedSegmentCriteria> LoadSavedAsync(Storage.CampaignFlowDbContext db, string code, CancellationToken ct) =>
        await db.SavedSegmentCriteria.AsNoTracking().Include(s => s.Actions).FirstOrDefaultAsync(s => s.Code == code, ct)
        ?? throw new DomainException(nameof(SavedSegmentCriteria), code, null, "there are no saved criteria with this code.");
}
