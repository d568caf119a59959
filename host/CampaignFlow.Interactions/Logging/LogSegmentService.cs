using System.Globalization;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Interactions.Logging;

/// <summary>
/// Log Segment (DOMAIN.md): checks everything first, then in one transaction writes the logged segment, one campaign entry
/// per campaign, one interaction log entry per line, one outbox row per line to send, removes the segment and creates the
/// follow-up segment. The lines are copied inside the database (<see cref="LoggedLinesWriter"/>), the entries
/// <see cref="InteractionsOptions.LogBatchSize"/> lines at a time, so memory stays bounded and progress can be reported.
/// </summary>
public sealed class LogSegmentService(
    IDbContextFactory<CampaignFlowDbContext> contexts,
    IOptions<InteractionsOptions> options,
    TimeProvider time,
    ILogger<LogSegmentService> logger)
{
    /// <summary>Logs segment <paramref name="segmentNo"/>.</summary>
    /// <exception cref="DomainException">A check failed (names the segment or the line and the field); nothing was written.</exception>
    public async Task<LogSegmentResult> LogAsync(
        string segmentNo, LogSegmentOptions logOptions, string? userId,
        IProgress<LogSegmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segmentNo);
        ArgumentNullException.ThrowIfNull(logOptions);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var result = await LogInAsync(db, segmentNo, logOptions, userId, progress, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Logged segment {Segment} as logged segment {Entry}: {Interactions} interactions, {Campaigns} campaign entries, {Deliveries} deliveries{FollowUp}.",
            segmentNo, result.LoggedSegmentEntryNo, result.InteractionCount, result.CampaignEntryNos.Count, result.DeliveryCount,
            result.FollowUpSegmentNo is null ? "" : $", follow-up segment {result.FollowUpSegmentNo}");
        return result;
    }

    /// <summary>
    /// Logs inside the caller's context and transaction (the workflow runtime commits it with the transition); nothing is
    /// committed here. Same checks and writes as <see cref="LogAsync"/>.
    /// </summary>
    public async Task<LogSegmentResult> LogInAsync(
        CampaignFlowDbContext db, string segmentNo, LogSegmentOptions logOptions, string? userId,
        IProgress<LogSegmentProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(logOptions);
        var segment = await db.Segments.AsNoTracking().SingleOrDefaultAsync(s => s.No == segmentNo, cancellationToken);
        var alreadyLogged = await db.LoggedSegments.Where(l => l.SegmentNo == segmentNo).Select(l => (int?)l.EntryNo).FirstOrDefaultAsync(cancellationToken);
        if (alreadyLogged is { } loggedNo)
            throw new DomainException(nameof(Segment), segmentNo, null, $"the segment is already logged (logged segment {loggedNo}).");
        if (segment is null)
            throw new DomainException(nameof(Segment), segmentNo, null, "no such segment.");
        // The first write takes the write lock (SQLite) / row lock (PostgreSQL): a concurrent change or log of the same
        // segment waits, and every check below sees the segment as it will be logged. Rolled back if a check fails.
        if (await db.Segments.Where(s => s.No == segmentNo && s.Version == segment.Version)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), cancellationToken) == 0)
            throw new DomainException(nameof(Segment), segmentNo, nameof(Segment.Version), "the segment was changed or logged by someone else meanwhile; try again.");

        var lineCount = await db.SegmentLines.CountAsync(l => l.SegmentNo == segmentNo, cancellationToken);
        segment.EnsureCanBeLogged(lineCount);
        await CheckLinesAsync(db, segmentNo, logOptions, cancellationToken);
        if (logOptions.CreateFollowUpSegment && !await db.NumberSeries.AnyAsync(n => n.Code == NumberSeries.Segments, cancellationToken))
            throw new DomainException(nameof(NumberSeries), NumberSeries.Segments, null, "the follow-up segment needs the segment number series; set it up first.");

        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var logged = new LoggedSegment { SegmentNo = segmentNo, Description = segment.Description, CreationDate = today, UserId = userId };
        db.LoggedSegments.Add(logged);
        var campaignNos = await db.SegmentLines.Where(l => l.SegmentNo == segmentNo && l.CampaignNo != null)
            .Select(l => l.CampaignNo!).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var campaignEntries = campaignNos.ToDictionary(c => c, c => new CampaignEntry
        {
            CampaignNo = c, Date = segment.Date ?? today, Description = segment.Description, SegmentNo = segmentNo,
            RegisterNo = logged.EntryNo, SalespersonCode = segment.SalespersonCode, UserId = userId,
        });
        db.CampaignEntries.AddRange(campaignEntries.Values);

        string? followUpNo = null;
        if (logOptions.CreateFollowUpSegment)
        {
            followUpNo = await new NumberSeriesAllocator(db).NextAsync(NumberSeries.Segments, cancellationToken);
            db.Segments.Add(new Segment
            {
                No = followUpNo, Description = Truncate($"Follow-up on segment {segmentNo}", 100), Date = segment.Date,
                CampaignNo = segment.CampaignNo, SalespersonCode = segment.SalespersonCode,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        var sendable = logOptions.SendAttachments ? await TemplatesWithContentAsync(db, segmentNo, cancellationToken) : [];

        var plan = new LoggedLinesPlan(segment, logged.EntryNo, campaignEntries.ToDictionary(e => e.Key, e => e.Value.EntryNo, StringComparer.Ordinal),
            sendable, followUpNo, followUpNo is null ? null : Truncate($"Follow-up on segment {segment.No}", 100), userId, now,
            TimeOnly.FromDateTime(time.GetLocalNow().DateTime), Truncate(segment.Description, 100));
        var (interactions, deliveries) = await WriteLinesAsync(db, plan, lineCount, progress, cancellationToken);

        await db.SegmentLines.Where(l => l.SegmentNo == segmentNo).ExecuteDeleteAsync(cancellationToken);
        await db.Segments.Where(s => s.No == segmentNo).ExecuteDeleteAsync(cancellationToken);
        return new LogSegmentResult(logged.EntryNo, segmentNo, interactions,
            campaignEntries.ToDictionary(e => e.Key, e => e.Value.EntryNo, StringComparer.Ordinal), deliveries, followUpNo);
    }

    private async Task<(int Interactions, int Deliveries)> WriteLinesAsync(
        CampaignFlowDbContext db, LoggedLinesPlan plan, int lineCount, IProgress<LogSegmentProgress>? progress, CancellationToken cancellationToken)
    {
        using var writer = new LoggedLinesWriter(db, plan);
        int written = 0, upTo;
        var afterLineNo = int.MinValue;
        do
        {
            int count;
            (count, upTo) = await writer.WriteEntriesAsync(afterLineNo, options.Value.LogBatchSize, cancellationToken);
            written += count;
            afterLineNo = upTo;
            progress?.Report(new LogSegmentProgress(plan.Segment.No, written, lineCount));
        }
        while (upTo != int.MaxValue);

        var deliveries = await writer.WriteDeliveriesAsync(cancellationToken);
        await writer.WriteFollowUpLinesAsync(cancellationToken);
        return (written, deliveries);
    }

    /// <summary>Every line check of DOMAIN.md, each as one query that finds the first offending line.</summary>
    private static async Task CheckLinesAsync(CampaignFlowDbContext db, string segmentNo, LogSegmentOptions logOptions, CancellationToken ct)
    {
        var lines = db.SegmentLines.Where(l => l.SegmentNo == segmentNo);
        await RefuseFirstAsync(lines.Where(l => l.Date == null), nameof(SegmentLine.Date), _ => "a line needs a date to be logged.", ct);
        await RefuseFirstAsync(lines.Where(l => !db.Contacts.Any(c => c.No == l.ContactNo)), nameof(SegmentLine.ContactNo),
            l => $"contact '{l.ContactNo}' does not exist.", ct);
        await RefuseFirstAsync(lines.Where(l => l.SalespersonCode != null && !db.Salespeople.Any(s => s.Code == l.SalespersonCode)),
            nameof(SegmentLine.SalespersonCode), l => $"salesperson '{l.SalespersonCode}' does not exist.", ct);
        await RefuseFirstAsync(lines.Where(l => l.InteractionTemplateCode == null || l.InteractionTemplateCode == ""),
            nameof(SegmentLine.InteractionTemplateCode), _ => "a line needs an interaction template to be logged.", ct);
        await RefuseFirstAsync(lines.Where(l => !db.InteractionTemplates.Any(t => t.Code == l.InteractionTemplateCode)),
            nameof(SegmentLine.InteractionTemplateCode), l => $"interaction template '{l.InteractionTemplateCode}' does not exist.", ct);
        await RefuseFirstAsync(lines.Where(l => l.CampaignNo != null && !db.Campaigns.Any(c => c.No == l.CampaignNo)),
            nameof(SegmentLine.CampaignNo), l => $"campaign '{l.CampaignNo}' does not exist.", ct);
        await RefuseFirstAsync(lines.Where(l => l.CampaignNo == null && (l.CampaignTarget || l.CampaignResponse)),
            nameof(SegmentLine.CampaignNo), _ => "Campaign Target and Campaign Response need a campaign.", ct);
        if (logOptions.SendAttachments)
            await RefuseFirstAsync(lines.Where(l => l.CorrespondenceType == CorrespondenceType.Email
                    && db.Contacts.Any(c => c.No == l.ContactNo && (c.Email == null || c.Email == ""))),
                nameof(SegmentLine.CorrespondenceType), l => $"the line is to be sent by e-mail but contact '{l.ContactNo}' has no e-mail address.", ct);
    }

    private static async Task RefuseFirstAsync(IQueryable<SegmentLine> offending, string field, Func<SegmentLine, string> reason, CancellationToken ct)
    {
        var line = await offending.AsNoTracking().OrderBy(l => l.LineNo).FirstOrDefaultAsync(ct);
        if (line is not null)
            throw new DomainException(nameof(SegmentLine), $"{line.SegmentNo} line {line.LineNo.ToString(CultureInfo.InvariantCulture)}", field, reason(line));
    }

    /// <summary>The templates of the segment's lines that have something to send (at least one content).</summary>
    private static async Task<HashSet<string>> TemplatesWithContentAsync(CampaignFlowDbContext db, string segmentNo, CancellationToken ct)
    {
        var codes = await db.SegmentLines.Where(l => l.SegmentNo == segmentNo && l.InteractionTemplateCode != null)
            .Select(l => l.InteractionTemplateCode!).Distinct().ToListAsync(ct);
        var withContent = await db.InteractionTemplateContents.Where(c => codes.Contains(c.TemplateCode)).Select(c => c.TemplateCode).Distinct().ToListAsync(ct);
        return new HashSet<string>(withContent, StringComparer.Ordinal);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
