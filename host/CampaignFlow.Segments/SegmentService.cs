using CampaignFlow.Domain;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Segments.Sql;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Segments;

/// <summary>
/// Segments (DOMAIN.md "Segment operations"): header and lines, Add / Reduce / Refine by rules, hand
/// actions, undo, saved criteria, reuse, campaign link. Every change takes the <see cref="Segment.Version"/>
/// the caller read and runs in one transaction that first claims that version, so a stale caller gets
/// <see cref="SegmentConcurrencyException"/> and any error leaves the segment exactly as it was.
/// Thread-safe: each call opens its own context.
/// </summary>
public sealed partial class SegmentService(
    IDbContextFactory<CampaignFlowDbContext> contexts,
    IContactFilterCompiler filters,
    TimeProvider time,
    IOptions<SegmentsOptions> options)
{
    private const string Record = nameof(Segment);
    private readonly int _timeout = options.Value.CommandTimeoutSeconds;

    /// <summary>Creates a segment numbered from the SEGMENT series (SM0001 …); Date defaults to today.</summary>
    public async Task<Segment> CreateAsync(SegmentHeaderUpdate? header = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var segment = new Segment { No = await new NumberSeriesAllocator(db).NextAsync(NumberSeries.Segments, cancellationToken) };
        (header ?? new SegmentHeaderUpdate()).ApplyTo(segment);
        segment.Date ??= DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        await ValidateReferencesAsync(db, segment, cancellationToken);
        db.Segments.Add(segment);
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return segment;
    }

    /// <summary>
    /// Replaces the header fields. BC asks "update lines?" when a field that lines copy changes; here the caller
    /// answers up front with <paramref name="updateLines"/> (true: the changed fields are refilled on every line).
    /// </summary>
    public Task<Segment> UpdateHeaderAsync(string segmentNo, int expectedVersion, SegmentHeaderUpdate update, bool updateLines, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return ChangeHeaderAsync(segmentNo, expectedVersion, (_, segment) => Task.FromResult(update.ApplyTo(segment)), updateLines, cancellationToken);
    }

    /// <summary>Links the segment to a campaign, as target and/or response (header, and the lines when <paramref name="updateLines"/>).</summary>
    public Task<Segment> LinkToCampaignAsync(string segmentNo, int expectedVersion, string? campaignNo, bool campaignTarget, bool campaignResponse,
        bool updateLines = true, CancellationToken cancellationToken = default) =>
        ChangeHeaderAsync(segmentNo, expectedVersion, (_, segment) => Task.FromResult(
            (SegmentHeaderUpdate.From(segment) with { CampaignNo = campaignNo, CampaignTarget = campaignTarget, CampaignResponse = campaignResponse }).ApplyTo(segment)),
            updateLines, cancellationToken);

    /// <summary>Sets (or clears) the interaction template: copies its defaults to the header and always refills every line.</summary>
    public Task<Segment> SetTemplateAsync(string segmentNo, int expectedVersion, string? templateCode, CancellationToken cancellationToken = default) =>
        ChangeHeaderAsync(segmentNo, expectedVersion, async (db, segment) =>
        {
            var template = templateCode is null ? null
                : await LoadTemplateAsync(db, templateCode, cancellationToken)
                  ?? throw new DomainException(nameof(InteractionTemplate), templateCode, null, "there is no such interaction template.");
            segment.ApplyTemplate(template);
            return SegmentSql.InteractionFields;
        }, updateLines: true, cancellationToken);

    /// <summary>Deletes the segment with its lines, criteria and history.</summary>
    public async Task DeleteAsync(string segmentNo, int expectedVersion, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var deleted = await db.Segments.Where(s => s.No == segmentNo && s.Version == expectedVersion).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0) throw await MissingOrStaleAsync(db, segmentNo, expectedVersion, cancellationToken);
        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>Sets Campaign Target / Campaign Response on one line (the line must have a campaign to set either); returns the new version.</summary>
    public Task<int> SetLineCampaignFlagsAsync(string segmentNo, int expectedVersion, int lineNo, bool campaignTarget, bool campaignResponse,
        CancellationToken cancellationToken = default) =>
        WriteAsync(segmentNo, expectedVersion, async (w, ct) =>
        {
            var line = await w.Db.SegmentLines.AsNoTracking().FirstOrDefaultAsync(l => l.SegmentNo == segmentNo && l.LineNo == lineNo, ct)
                ?? throw UnknownLine(segmentNo, lineNo);
            if ((campaignTarget || campaignResponse) && line.CampaignNo is null)
                throw new DomainException("Segment line", $"{segmentNo} {lineNo}", nameof(SegmentLine.CampaignNo), "Campaign Target and Campaign Response need a campaign on the line.");
            await w.Db.SegmentLines.Where(l => l.SegmentNo == segmentNo && l.LineNo == lineNo)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.CampaignTarget, campaignTarget).SetProperty(l => l.CampaignResponse, campaignResponse), ct);
            return w.Segment.Version;
        }, cancellationToken);

    private async Task<Segment> ChangeHeaderAsync(string segmentNo, int expectedVersion,
        Func<CampaignFlowDbContext, Segment, Task<IReadOnlyList<string>>> change, bool updateLines, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var segment = await db.Segments.SingleOrDefaultAsync(s => s.No == segmentNo, ct);
        if (segment is null || segment.Version != expectedVersion) throw await MissingOrStaleAsync(db, segmentNo, expectedVersion, ct);
        var changedLineFields = await change(db, segment);
        await ValidateReferencesAsync(db, segment, ct);
        try
        {
            // The Version concurrency token makes this UPDATE the claim: it matches only if nobody wrote since.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw await MissingOrStaleAsync(db, segmentNo, expectedVersion, ct);
        }
        if (updateLines && changedLineFields.Count > 0)
        {
            var template = await LoadTemplateAsync(db, segment.InteractionTemplateCode, ct);
            await new SegmentWriter(db, segment, template, _timeout).UpdateLinesAsync(changedLineFields.ToList(), ct);
        }
        await tx.CommitAsync(ct);
        db.Entry(segment).State = EntityState.Detached;
        return segment;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction that first claims the caller's version (bumping it).</summary>
    private async Task<T> WriteAsync<T>(string segmentNo, int expectedVersion, Func<SegmentWriter, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(segmentNo);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Database.SetCommandTimeout(_timeout);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Segments.Where(s => s.No == segmentNo && s.Version == expectedVersion)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), ct);
        if (claimed == 0) throw await MissingOrStaleAsync(db, segmentNo, expectedVersion, ct);
        var segment = await db.Segments.AsNoTracking().SingleAsync(s => s.No == segmentNo, ct);
        var template = await LoadTemplateAsync(db, segment.InteractionTemplateCode, ct);
        var result = await work(new SegmentWriter(db, segment, template, _timeout), ct);
        await tx.CommitAsync(ct);
        return result;
    }

    private static async Task<InteractionTemplate?> LoadTemplateAsync(CampaignFlowDbContext db, string? code, CancellationToken ct) =>
        code is null ? null : await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents).FirstOrDefaultAsync(t => t.Code == code, ct);

    /// <summary>Why a segment could not be claimed: stale version, logged (names the logged segment), or unknown.</summary>
    private static async Task<Exception> MissingOrStaleAsync(CampaignFlowDbContext db, string segmentNo, int? expectedVersion, CancellationToken ct)
    {
        var current = await db.Segments.AsNoTracking().Where(s => s.No == segmentNo).Select(s => (int?)s.Version).FirstOrDefaultAsync(ct);
        if (current is { } version && expectedVersion is { } expected) return new SegmentConcurrencyException(segmentNo, expected, version);
        if (current is not null) return new InvalidOperationException($"Segment '{segmentNo}' exists.");
        var logged = await db.LoggedSegments.AsNoTracking().Where(l => l.SegmentNo == segmentNo).OrderByDescending(l => l.EntryNo).FirstOrDefaultAsync(ct);
        return logged is null
            ? new DomainException(Record, segmentNo, null, "there is no such segment.")
            : new DomainException(Record, segmentNo, null,
                $"the segment has been logged as logged segment {logged.EntryNo} ('{logged.Description}', {logged.CreationDate:yyyy-MM-dd}) and can no longer be changed; " +
                "use Reuse Segment on a new segment to work with its contacts.");
    }

    private static async Task EnsureExistsAsync(CampaignFlowDbContext db, string segmentNo, CancellationToken ct)
    {
        if (!await db.Segments.AnyAsync(s => s.No == segmentNo, ct)) throw await MissingOrStaleAsync(db, segmentNo, null, ct);
    }

    private static async Task ValidateReferencesAsync(CampaignFlowDbContext db, Segment segment, CancellationToken ct)
    {
        segment.Validate();
        if (segment.CampaignNo is { } campaign && !await db.Campaigns.AnyAsync(c => c.No == campaign, ct))
            throw new DomainException(Record, segment.No, nameof(Segment.CampaignNo), $"there is no campaign '{campaign}'.");
        if (segment.SalespersonCode is { } code)
        {
            var salesperson = await db.Salespeople.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, ct)
                ?? throw new DomainException(Record, segment.No, nameof(Segment.SalespersonCode), $"there is no salesperson '{code}'.");
            salesperson.EnsureAssignable();
        }
        if (segment.LanguageCodeDefault is { } language && !await db.Languages.AnyAsync(l => l.Code == language, ct))
            throw new DomainException(Record, segment.No, nameof(Segment.LanguageCodeDefault), $"there is no language '{language}'.");
    }

    private static DomainException UnknownLine(string segmentNo, int lineNo) =>
        new("Segment line", $"{segmentNo} {lineNo}", null, "there is no such line in the segment.");
}
