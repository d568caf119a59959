using System.Data.Common;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Polly;
using Polly.Retry;
using DeliveryRow = CampaignFlow.Domain.Interactions.Delivery;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// The outbox's database side: claims due rows with a lease, records results, releases claims. Every write of a result
/// changes the outbox row and the interaction entry in one transaction, and only while the claim is still ours.
/// Writes are retried (Polly) when the database is momentarily busy, so a sent message is not forgotten for that.
/// The workers of this process write one at a time (<see cref="_writeGate"/>): on SQLite two writers of one process would
/// otherwise meet at the file's write lock and the loser sleep in SQLite's busy back-off (1-100 ms per try) while its
/// sends wait; queued on an async lock it waits only for the other's short transaction. Being one at a time, they share one
/// context with its connection kept open and its result commands prepared: making a context and opening its connection
/// per write cost more than the write. A write that fails drops that context; the next write (or retry) makes a new one.
/// </summary>
internal sealed class DeliveryStore(IDbContextFactory<CampaignFlowDbContext> contexts) : IDisposable, IAsyncDisposable
{
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private OutboxWriter? _writer; // only touched under _writeGate

    private static readonly ResiliencePipeline BusyRetry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<DbException>().Handle<DbUpdateException>().Handle<InvalidOperationException>(ex => ex.InnerException is DbException),
            MaxRetryAttempts = 5,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(50),
            UseJitter = true,
        })
        .Build();

    public async Task<List<DeliveryRow>> ClaimAsync(string claimToken, DateTimeOffset now, TimeSpan lease, int count, CancellationToken ct)
    {
        return await WriteAsync<List<DeliveryRow>>(async (db, token) =>
        {
            var expired = now - lease;
            // The first due rows of each kind, each read in index order, then merged: one query with both kinds (an OR)
            // made SQLite read and sort every due row for each claim, a cost that grows with the size of the log.
            var pending = await FirstAsync(db.Deliveries.Where(d => d.State == DeliveryState.Pending && d.NextAttemptAt <= now), count, token);
            var takenOver = await FirstAsync(db.Deliveries.Where(d => d.State == DeliveryState.InProgress && d.ClaimedAt < expired), count, token);
            var candidates = pending.Concat(takenOver).OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(count).Select(d => d.Id).ToList();
            if (candidates.Count == 0) return [];
            // The update re-checks the condition: a row another worker claimed meanwhile is not taken twice. The ids go as one
            // parameter: one per id made EF build the SQL, and SQLite look each name up, on every claim.
            await Due(db.Deliveries.Where(d => EF.Parameter(candidates).Contains(d.Id)), now, expired).ExecuteUpdateAsync(s => s
                .SetProperty(d => d.State, DeliveryState.InProgress)
                .SetProperty(d => d.ClaimedAt, now)
                .SetProperty(d => d.ClaimedBy, claimToken)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1), token);
            return await db.Deliveries.AsNoTracking().Where(d => d.ClaimedBy == claimToken && d.State == DeliveryState.InProgress)
                .OrderBy(d => d.LoggedSegmentEntryNo).ThenBy(d => d.LineNo).ToListAsync(token);
        }, ct);
    }

    /// <summary>
    /// Records the results of several rows in one transaction; for each row, false when its claim was lost (another worker
    /// took the row over) and nothing was written for it.
    /// </summary>
    public async Task<bool[]> RecordAsync(IReadOnlyList<DeliveryRow> rows, string claimToken, IReadOnlyList<DeliveryOutcome> outcomes, DateTimeOffset now, CancellationToken ct)
    {
        return await OnWriterAsync(async (writer, token) =>
        {
            await using var transaction = await writer.Context.Database.BeginTransactionAsync(token);
            var recorded = new bool[rows.Count];
            for (var i = 0; i < rows.Count; i++)
                recorded[i] = await writer.Results.WriteAsync(rows[i], claimToken, outcomes[i], now, token);
            await transaction.CommitAsync(token);
            return recorded;
        }, ct);
    }

    /// <summary>
    /// Like <see cref="RecordAsync"/>, for the last results a worker holds of a batch: when writing them would leave no row of
    /// the batch (logged segment, correspondence type) open, nothing is written and null is returned — the caller completes
    /// the batch first and then records. The rows stay claimed until then, so a crash before the batch is complete leaves
    /// them to be sent again after the lease, and the batch is completed again: the batch owed is never forgotten.
    /// </summary>
    /// <remarks>
    /// The logged segment row is locked first (a no-op update), so two workers closing the batch's last rows at once are
    /// serialized and the later one sees the earlier one's results (PostgreSQL read committed; SQLite serializes writers anyway).
    /// </remarks>
    public async Task<bool[]?> RecordUnlessClosingAsync(
        IReadOnlyList<DeliveryRow> rows, string claimToken, IReadOnlyList<DeliveryOutcome> outcomes, DateTimeOffset now,
        int loggedSegmentEntryNo, Domain.Contacts.CorrespondenceType type, CancellationToken ct)
    {
        return await OnWriterAsync(async (writer, token) =>
        {
            await using var transaction = await writer.Context.Database.BeginTransactionAsync(token);
            await writer.Context.LoggedSegments.Where(l => l.EntryNo == loggedSegmentEntryNo)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Description, l => l.Description), token);
            var recorded = new bool[rows.Count];
            for (var i = 0; i < rows.Count; i++)
                recorded[i] = await writer.Results.WriteAsync(rows[i], claimToken, outcomes[i], now, token);
            if (recorded.Any(r => r) && !await writer.AnyOpenAsync(loggedSegmentEntryNo, type, token))
            {
                await transaction.RollbackAsync(token);
                return null;
            }

            await transaction.CommitAsync(token);
            return recorded;
        }, ct);
    }

    public void Dispose()
    {
        _writeGate.Wait();
        try
        {
            _writer?.Dispose();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _writeGate.WaitAsync();
        try
        {
            if (_writer is not null) await _writer.DisposeAsync();
            _writer = null;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Runs one write (or a read that must see the writes) alone among this process's writers, on the shared writer context, retried while the database is busy.</summary>
    private async Task<T> OnWriterAsync<T>(Func<OutboxWriter, CancellationToken, Task<T>> write, CancellationToken ct) =>
        await BusyRetry.ExecuteAsync(async token =>
        {
            await _writeGate.WaitAsync(token);
            try
            {
                _writer ??= await OutboxWriter.OpenAsync(contexts, token);
                try
                {
                    return await write(_writer, token);
                }
                catch
                {
                    // The connection or its transaction may be unusable now: the next write starts afresh.
                    await _writer.DisposeAsync();
                    _writer = null;
                    throw;
                }
            }
            finally
            {
                _writeGate.Release();
            }
        }, ct);

    private Task<T> WriteAsync<T>(Func<CampaignFlowDbContext, CancellationToken, Task<T>> write, CancellationToken ct) =>
        OnWriterAsync((writer, token) => write(writer.Context, token), ct);

    /// <summary>Gives back rows claimed but not processed (graceful shutdown); the attempt did not happen, so it is not counted.</summary>
    public async Task ReleaseAsync(string claimToken, CancellationToken ct) => await WriteAsync(async (db, token) =>
        await db.Deliveries.Where(d => d.ClaimedBy == claimToken && d.State == DeliveryState.InProgress).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.State, DeliveryState.Pending).SetProperty(d => d.ClaimedBy, (string?)null).SetProperty(d => d.ClaimedAt, (DateTimeOffset?)null)
            .SetProperty(d => d.Attempts, d => d.Attempts - 1), token), ct);

    /// <summary>Whether any row of a logged segment and kind is still to deliver (pending or claimed).</summary>
    public Task<bool> AnyOpenAsync(int loggedSegmentEntryNo, Domain.Contacts.CorrespondenceType type, CancellationToken ct) =>
        OnWriterAsync((writer, token) => writer.AnyOpenAsync(loggedSegmentEntryNo, type, token), ct);

    /// <summary>All rows still to deliver.</summary>
    public async Task<int> CountOpenAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Deliveries.CountAsync(d => d.State == DeliveryState.Pending || d.State == DeliveryState.InProgress, ct);
    }

    private static Task<List<DueRow>> FirstAsync(IQueryable<DeliveryRow> rows, int count, CancellationToken ct) =>
        rows.OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id).Take(count).Select(d => new DueRow(d.Id, d.NextAttemptAt)).ToListAsync(ct);

    private static IQueryable<DeliveryRow> Due(IQueryable<DeliveryRow> rows, DateTimeOffset now, DateTimeOffset expired) =>
        rows.Where(d => (d.State == DeliveryState.Pending && d.NextAttemptAt <= now) || (d.State == DeliveryState.InProgress && d.ClaimedAt < expired));

    private sealed record DueRow(long Id, DateTimeOffset NextAttemptAt);
}
