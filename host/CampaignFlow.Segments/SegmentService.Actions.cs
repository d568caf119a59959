using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Segments;

public sealed partial class SegmentService
{
    /// <summary>Add Contacts: inserts the contacts matching <paramref name="filter"/> (options as in BC), sorted by company name, company no., type, name.</summary>
    public Task<SegmentActionResult> AddContactsAsync(string segmentNo, int expectedVersion, SegmentFilter filter, SegmentActionOptions? options = null, CancellationToken cancellationToken = default) =>
        AddContactsAsync(segmentNo, expectedVersion, Compile(filter), options, cancellationToken);

    /// <inheritdoc cref="AddContactsAsync(string, int, SegmentFilter, SegmentActionOptions?, CancellationToken)"/>
    public Task<SegmentActionResult> AddContactsAsync(string segmentNo, int expectedVersion, ContactFilter filter, SegmentActionOptions? options = null, CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, (w, ct) => ApplyAsync(w, SegmentActionKind.Add, filter, options, ct), cancellationToken);

    /// <summary>Reduce Contacts: deletes the lines whose contact matches (whole companies with Entire Companies).</summary>
    public Task<SegmentActionResult> ReduceContactsAsync(string segmentNo, int expectedVersion, SegmentFilter filter, bool entireCompanies = false, CancellationToken cancellationToken = default) =>
        ReduceContactsAsync(segmentNo, expectedVersion, Compile(filter), entireCompanies, cancellationToken);

    /// <inheritdoc cref="ReduceContactsAsync(string, int, SegmentFilter, bool, CancellationToken)"/>
    public Task<SegmentActionResult> ReduceContactsAsync(string segmentNo, int expectedVersion, ContactFilter filter, bool entireCompanies = false, CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, (w, ct) => ApplyAsync(w, SegmentActionKind.Reduce, filter, new SegmentActionOptions { EntireCompanies = entireCompanies }, ct), cancellationToken);

    /// <summary>Refine Contacts: keeps only the lines whose contact matches (whole companies with Entire Companies).</summary>
    public Task<SegmentActionResult> RefineContactsAsync(string segmentNo, int expectedVersion, SegmentFilter filter, bool entireCompanies = false, CancellationToken cancellationToken = default) =>
        RefineContactsAsync(segmentNo, expectedVersion, Compile(filter), entireCompanies, cancellationToken);

    /// <inheritdoc cref="RefineContactsAsync(string, int, SegmentFilter, bool, CancellationToken)"/>
    public Task<SegmentActionResult> RefineContactsAsync(string segmentNo, int expectedVersion, ContactFilter filter, bool entireCompanies = false, CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, (w, ct) => ApplyAsync(w, SegmentActionKind.Refine, filter, new SegmentActionOptions { EntireCompanies = entireCompanies }, ct), cancellationToken);

    /// <summary>Adds one contact by hand (an action: undo removes it). A contact already in the segment is refused unless <paramref name="allowExisting"/>.</summary>
    public Task<SegmentActionResult> AddContactAsync(string segmentNo, int expectedVersion, string contactNo, bool allowExisting = false, CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, (w, ct) => AddOneAsync(w, contactNo, allowExisting, ct), cancellationToken);

    /// <summary>Deletes one line by hand (an action: undo puts it back as it was).</summary>
    public Task<SegmentActionResult> RemoveLineAsync(string segmentNo, int expectedVersion, int lineNo, CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, async (w, ct) =>
        {
            var line = await w.Db.SegmentLines.AsNoTracking().FirstOrDefaultAsync(l => l.SegmentNo == segmentNo && l.LineNo == lineNo, ct)
                ?? throw UnknownLine(segmentNo, lineNo);
            var actionNo = await w.NextActionNoAsync(ct);
            var removed = await w.RemoveLinesAsync(w.Db.SegmentLines.Where(l => l.SegmentNo == segmentNo && l.LineNo == lineNo), actionNo, null, ct);
            await w.RecordAsync(actionNo, SegmentActionKind.RemoveContact, SegmentActionOptions.None, null, line.ContactNo, removed, ct);
            return await ResultAsync(w, actionNo, SegmentActionKind.RemoveContact, removed, ct);
        }, cancellationToken);

    /// <summary>Undo (Go Back): reverts the last action exactly; repeatable down to an empty segment.</summary>
    public Task<SegmentActionResult> UndoAsync(string segmentNo, int expectedVersion, CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, async (w, ct) =>
        {
            var (action, affected) = await w.UndoLastAsync(ct);
            return await ResultAsync(w, action.ActionNo, action.Kind, affected, ct);
        }, cancellationToken);

    private ContactFilter Compile(SegmentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filters.Compile(filter);
    }

    private static async Task<SegmentActionResult> ApplyAsync(SegmentWriter w, SegmentActionKind kind, ContactFilter filter, SegmentActionOptions? options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        options = Normalize(kind, options ?? SegmentActionOptions.None);
        var actionNo = await w.NextActionNoAsync(ct);
        var no = w.Segment.No;
        var affected = kind == SegmentActionKind.Add
            ? await w.InsertLinesAsync(SegmentQueries.AddCandidates(w.Db, no, filter.Predicate, options), actionNo, filter.Source, ct)
            : await w.RemoveLinesAsync(SegmentQueries.LinesToRemove(w.Db, no, kind, filter.Predicate, options.EntireCompanies), actionNo, filter.Source, ct);
        await w.RecordAsync(actionNo, kind, options, filter.Source, null, affected, ct);
        return await ResultAsync(w, actionNo, kind, affected, ct);
    }

    private static async Task<SegmentActionResult> AddOneAsync(SegmentWriter w, string contactNo, bool allowExisting, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactNo);
        var no = w.Segment.No;
        if (!await w.Db.Contacts.AnyAsync(c => c.No == contactNo, ct))
            throw new DomainException(nameof(Contact), contactNo, null, "there is no such contact.");
        var existing = await w.Db.SegmentLines.Where(l => l.SegmentNo == no && l.ContactNo == contactNo).Select(l => (int?)l.LineNo).FirstOrDefaultAsync(ct);
        if (existing is { } lineNo && !allowExisting)
            throw new DomainException(Record, no, nameof(SegmentLine.ContactNo), $"contact '{contactNo}' is already in the segment (line {lineNo}).");
        var actionNo = await w.NextActionNoAsync(ct);
        // The same set-based fill as Add Contacts, so a hand-added line is filled exactly like any other.
        var added = await w.InsertLinesAsync(w.Db.Contacts.Where(c => c.No == contactNo), actionNo, null, ct);
        await w.RecordAsync(actionNo, SegmentActionKind.AddContact, SegmentActionOptions.None, null, contactNo, added, ct);
        return await ResultAsync(w, actionNo, SegmentActionKind.AddContact, added, ct);
    }

    private static SegmentActionOptions Normalize(SegmentActionKind kind, SegmentActionOptions options) =>
        kind == SegmentActionKind.Add ? options with { EntireCompanies = false } : SegmentActionOptions.None with { EntireCompanies = options.EntireCompanies };

    private static async Task<SegmentActionResult> ResultAsync(SegmentWriter w, int actionNo, SegmentActionKind kind, int affected, CancellationToken ct) =>
        new(w.Segment.No, actionNo, kind, affected, await w.CountLinesAsync(ct), w.Segment.Version);
}
