using CampaignFlow.Domain;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Segments;

public sealed partial class SegmentService
{
    /// <summary>The header (without lines); its <see cref="Segment.Version"/> is what the next change must pass.</summary>
    public async Task<Segment> GetAsync(string segmentNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Segments.AsNoTracking().FirstOrDefaultAsync(s => s.No == segmentNo, cancellationToken)
               ?? throw await MissingOrStaleAsync(db, segmentNo, null, cancellationToken);
    }

    /// <summary>A page of lines in Line No. order.</summary>
    public async Task<IReadOnlyList<SegmentLine>> GetLinesAsync(string segmentNo, int skip = 0, int take = 1000, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync(db, segmentNo, cancellationToken);
        return await db.SegmentLines.AsNoTracking().Where(l => l.SegmentNo == segmentNo).OrderBy(l => l.LineNo).Skip(skip).Take(take).ToListAsync(cancellationToken);
    }

    /// <summary>The recorded actions in order (what Save Criteria stores and Undo pops).</summary>
    public async Task<IReadOnlyList<SegmentCriteriaAction>> GetCriteriaAsync(string segmentNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync(db, segmentNo, cancellationToken);
        return await db.SegmentCriteriaActions.AsNoTracking().Where(a => a.SegmentNo == segmentNo).OrderBy(a => a.ActionNo).ToListAsync(cancellationToken);
    }

    /// <summary>No. of Lines.</summary>
    public async Task<int> CountLinesAsync(string segmentNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync(db, segmentNo, cancellationToken);
        return await db.SegmentLines.CountAsync(l => l.SegmentNo == segmentNo, cancellationToken);
    }

    /// <summary>No. of Criteria Actions.</summary>
    public async Task<int> CountCriteriaActionsAsync(string segmentNo, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await EnsureExistsAsync(db, segmentNo, cancellationToken);
        return await db.SegmentCriteriaActions.CountAsync(a => a.SegmentNo == segmentNo, cancellationToken);
    }

    /// <summary>How many contacts of the whole store match a filter.</summary>
    public Task<int> CountContactsAsync(SegmentFilter filter, CancellationToken cancellationToken = default) => CountContactsAsync(Compile(filter), cancellationToken);

    /// <inheritdoc cref="CountContactsAsync(SegmentFilter, CancellationToken)"/>
    public async Task<int> CountContactsAsync(ContactFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Translated(filter.Source, () => SegmentQueries.Matching(db, filter.Predicate).CountAsync(cancellationToken));
    }

    /// <summary>
    /// Preview: how many lines an action would add (Add) or delete (Reduce / Refine) right now, without applying it.
    /// </summary>
    public Task<int> PreviewAsync(string segmentNo, SegmentActionKind kind, SegmentFilter filter, SegmentActionOptions? options = null, CancellationToken cancellationToken = default) =>
        PreviewAsync(segmentNo, kind, Compile(filter), options, cancellationToken);

    /// <inheritdoc cref="PreviewAsync(string, SegmentActionKind, SegmentFilter, SegmentActionOptions?, CancellationToken)"/>
    public async Task<int> PreviewAsync(string segmentNo, SegmentActionKind kind, ContactFilter filter, SegmentActionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (kind is not (SegmentActionKind.Add or SegmentActionKind.Reduce or SegmentActionKind.Refine))
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "only Add, Reduce and Refine take a filter.");
        options ??= SegmentActionOptions.None;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(_timeout);
        await EnsureExistsAsync(db, segmentNo, cancellationToken);
        return await Translated(filter.Source, () => kind == SegmentActionKind.Add
            ? SegmentQueries.AddCandidates(db, segmentNo, filter.Predicate, options).CountAsync(cancellationToken)
            : SegmentQueries.LinesToRemove(db, segmentNo, kind, filter.Predicate, options.EntireCompanies).CountAsync(cancellationToken));
    }

    private static async Task<int> Translated(SegmentFilter source, Func<Task<int>> query)
    {
        try
        {
            return await query();
        }
        catch (InvalidOperationException ex)
        {
            throw new DomainException("Segment filter", source.ToString(), null, $"cannot run inside the database: {ex.Message}");
        }
    }
}
