using System.Data.Common;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Segments.Sql;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignFlow.Segments;

/// <summary>
/// The primitives of a segment change, used inside one transaction that already holds the segment (its
/// version claimed): record an action, insert lines from a contact query, remove lines with a snapshot,
/// undo. Each primitive is one or two set-based statements, whatever the number of lines.
/// </summary>
internal sealed class SegmentWriter(CampaignFlowDbContext db, Segment segment, InteractionTemplate? template, int commandTimeoutSeconds)
{
    private readonly SegmentSql _sql = new(db);

    public CampaignFlowDbContext Db => db;
    public Segment Segment => segment;
    private string No => segment.No;

    public async Task<int> NextActionNoAsync(CancellationToken ct) =>
        (await db.SegmentCriteriaActions.Where(a => a.SegmentNo == No).MaxAsync(a => (int?)a.ActionNo, ct) ?? 0) + 1;

    public async Task<SegmentCriteriaAction> RecordAsync(int actionNo, SegmentActionKind kind, SegmentActionOptions options, SegmentFilter? filter, string? reference, int linesAffected, CancellationToken ct)
    {
        var action = new SegmentCriteriaAction
        {
            SegmentNo = No, ActionNo = actionNo, Kind = kind, Options = options,
            RuleWorkflow = filter?.RuleWorkflow, RuleName = filter?.RuleName, Expression = filter?.Expression,
            Reference = reference, NoOfLinesAffected = linesAffected,
        };
        db.SegmentCriteriaActions.Add(action);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return action;
    }

    /// <summary>Inserts one line per contact of <paramref name="contacts"/> (sorted as BC does) and records their range as action <paramref name="actionNo"/>.</summary>
    public async Task<int> InsertLinesAsync(IQueryable<Contact> contacts, int actionNo, SegmentFilter? source, CancellationToken ct)
    {
        var lastLineNo = await LastLineNoAsync(ct);
        var command = Translate(contacts.Select(c => c.No), source);
        _sql.InsertLinesFromContacts(command, segment, template, lastLineNo);
        var inserted = await ExecuteAsync(command, ct);
        if (inserted == 0) return 0;
        db.SegmentHistory.Add(new SegmentHistoryEntry
        {
            SegmentNo = No, ActionNo = actionNo, Inserted = true,
            LineNo = lastLineNo + Segment.LineNoStep, LineNoTo = lastLineNo + inserted * Segment.LineNoStep,
        });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return inserted;
    }

    /// <summary>Deletes the lines of <paramref name="lines"/>, first copying them whole into the history of action <paramref name="actionNo"/>.</summary>
    public async Task<int> RemoveLinesAsync(IQueryable<SegmentLine> lines, int actionNo, SegmentFilter? source, CancellationToken ct)
    {
        var command = Translate(lines.Select(l => l.LineNo), source);
        _sql.SnapshotDeletedLines(command, No, actionNo);
        var saved = await ExecuteAsync(command, ct);
        if (saved == 0) return 0;
        var saveNo = No;
        return await db.SegmentLines
            .Where(l => l.SegmentNo == saveNo && db.SegmentHistory
                .Where(h => h.SegmentNo == saveNo && h.ActionNo == actionNo && !h.Inserted).Select(h => h.LineNo).Contains(l.LineNo))
            .ExecuteDeleteAsync(ct);
    }

    /// <summary>Reverts the last action exactly: its inserted lines go, its deleted lines come back with every field.</summary>
    public async Task<(SegmentCriteriaAction Action, int LinesAffected)> UndoLastAsync(CancellationToken ct)
    {
        var no = No;
        var last = await db.SegmentCriteriaActions.AsNoTracking().Where(a => a.SegmentNo == no).OrderByDescending(a => a.ActionNo).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(nameof(Segment), no, null, "there is nothing to undo: the segment has no actions left.");
        var actionNo = last.ActionNo;
        var removed = 0;
        var ranges = await db.SegmentHistory.AsNoTracking().Where(h => h.SegmentNo == no && h.ActionNo == actionNo && h.Inserted)
            .Select(h => new { From = h.LineNo, To = h.LineNoTo ?? h.LineNo }).ToListAsync(ct);
        foreach (var range in ranges)
            removed += await db.SegmentLines.Where(l => l.SegmentNo == no && l.LineNo >= range.From && l.LineNo <= range.To).ExecuteDeleteAsync(ct);
        var restore = NewCommand();
        _sql.RestoreDeletedLines(restore, no, actionNo);
        var restored = await ExecuteAsync(restore, ct);
        await db.SegmentHistory.Where(h => h.SegmentNo == no && h.ActionNo == actionNo).ExecuteDeleteAsync(ct);
        await db.SegmentCriteriaActions.Where(a => a.SegmentNo == no && a.ActionNo == actionNo).ExecuteDeleteAsync(ct);
        return (last, removed + restored);
    }

    /// <summary>Refills <paramref name="fields"/> of every line from the header, the template and the line's contact.</summary>
    public async Task UpdateLinesAsync(IReadOnlyCollection<string> fields, CancellationToken ct)
    {
        if (fields.Count == 0) return;
        var command = NewCommand();
        _sql.UpdateLines(command, segment, template, fields);
        await ExecuteAsync(command, ct);
    }

    public Task<int> CountLinesAsync(CancellationToken ct)
    {
        var no = No;
        return db.SegmentLines.CountAsync(l => l.SegmentNo == no, ct);
    }

    private async Task<int> LastLineNoAsync(CancellationToken ct)
    {
        var no = No;
        return await db.SegmentLines.Where(l => l.SegmentNo == no).MaxAsync(l => (int?)l.LineNo, ct) ?? 0;
    }

    /// <summary>EF's own SQL and parameters for a query; a filter EF cannot translate is reported by name.</summary>
    private DbCommand Translate<T>(IQueryable<T> query, SegmentFilter? source)
    {
        DbCommand command;
        try
        {
            command = query.CreateDbCommand();
        }
        catch (InvalidOperationException ex)
        {
            throw new DomainException("Segment filter", source?.ToString(), null, $"cannot run inside the database: {ex.Message}");
        }
        Prepare(command);
        return command;
    }

    private DbCommand NewCommand()
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        Prepare(command);
        return command;
    }

    private void Prepare(DbCommand command)
    {
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandTimeout = commandTimeoutSeconds;
    }

    private static async Task<int> ExecuteAsync(DbCommand command, CancellationToken ct)
    {
        await using (command) return await command.ExecuteNonQueryAsync(ct);
    }
}
