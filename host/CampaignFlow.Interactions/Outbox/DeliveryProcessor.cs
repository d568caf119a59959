using System.Globalization;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using DeliveryRow = CampaignFlow.Domain.Interactions.Delivery;
using EntryStatus = CampaignFlow.Domain.Interactions.DeliveryStatus;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// Delivers outbox rows: claims due rows with a lease, renders each message, hands it to the channel of its correspondence
/// type (through the plugins' <see cref="ChannelRouter"/>, one channel batch per logged segment), records the result.
/// Transient failures are retried on a persisted schedule (<see cref="DeliveryRow.NextAttemptAt"/> = now + base × 2^(attempt−1),
/// capped) rather than by an in-memory retry loop: the wait survives a crash and does not hold a worker. After
/// <see cref="InteractionsOptions.MaxAttempts"/> attempts, or on a permanent failure, the interaction's Delivery Status is Error.
/// The channel gets the delivery key (logged segment entry no.-line no.) so a re-send after a crash overwrites rather than duplicates.
/// </summary>
public sealed class DeliveryProcessor : IDisposable, IAsyncDisposable
{
    private readonly DeliveryStore _store;
    private readonly IDbContextFactory<CampaignFlowDbContext> _contexts;
    private readonly ChannelRouter _router;
    private readonly ChannelMessageFactory _messages;
    private readonly InteractionsOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DeliveryProcessor> _logger;

    public DeliveryProcessor(
        IDbContextFactory<CampaignFlowDbContext> contexts, ChannelRouter router, Templates.TemplateRenderer renderer,
        IOptions<InteractionsOptions> options, TimeProvider time, ILogger<DeliveryProcessor> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _contexts = contexts;
        _store = new DeliveryStore(contexts);
        _router = router;
        _messages = new ChannelMessageFactory(renderer);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Closes the store's writer connection.</summary>
    public void Dispose() => _store.Dispose();

    /// <summary>Closes the store's writer connection.</summary>
    public ValueTask DisposeAsync() => _store.DisposeAsync();

    /// <summary>A name for a worker of this process (host name, process id, worker number).</summary>
    public static string WorkerName(int worker) =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/w{worker}");

    /// <summary>Claims up to <see cref="InteractionsOptions.ClaimBatchSize"/> due rows and delivers them.</summary>
    public async Task<DeliveryRunSummary> ProcessBatchAsync(string workerName, CancellationToken cancellationToken = default)
    {
        var claim = $"{workerName}:{Guid.NewGuid():N}";
        var rows = await _store.ClaimAsync(claim, _time.GetUtcNow(), _options.LeaseDuration, _options.ClaimBatchSize, cancellationToken);
        if (rows.Count == 0) return new DeliveryRunSummary(0, 0, 0);
        try
        {
            DeliveryContext data;
            await using (var db = await _contexts.CreateDbContextAsync(cancellationToken))
                data = await DeliveryContext.LoadAsync(db, rows, cancellationToken);
            var summary = new DeliveryRunSummary(0, 0, 0);
            foreach (var group in rows.GroupBy(r => (r.LoggedSegmentEntryNo, r.CorrespondenceType)))
                summary = summary.Add(await DeliverGroupAsync(group.Key.LoggedSegmentEntryNo, group.Key.CorrespondenceType, group.ToList(), claim, data, cancellationToken));
            return summary;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _store.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="workers"/> workers until no row is left to deliver (waiting for retry times and for leases of
    /// crashed workers to expire). Used by the CLI (`campaignflow deliver --until-empty`) and tests.
    /// </summary>
    public async Task<DeliveryRunSummary> RunUntilEmptyAsync(int workers, CancellationToken cancellationToken = default)
    {
        // A worker that finds nothing due while rows are still open (claimed by a sibling, or waiting for a retry) leaves
        // if another worker of this run is still going: that one claims whatever becomes due and polls for the rest. Only
        // the last worker waits the poll interval, so the run ends when the last row is done, not a poll interval later.
        var running = Math.Max(1, workers);
        var tasks = Enumerable.Range(1, running).Select(async worker =>
        {
            var total = new DeliveryRunSummary(0, 0, 0);
            var name = WorkerName(worker);
            while (true)
            {
                var done = await ProcessBatchAsync(name, cancellationToken);
                total = total.Add(done);
                if (done.Processed > 0) continue;
                if (await _store.CountOpenAsync(cancellationToken) == 0) return total;
                if (LeaveUnlessLast(ref running)) return total;
                await Task.Delay(_options.PollInterval, _time, cancellationToken);
            }
        }).ToList();
        var results = await Task.WhenAll(tasks);
        return results.Aggregate(new DeliveryRunSummary(0, 0, 0), (a, b) => a.Add(b));
    }

    /// <summary>Counts this worker out of <paramref name="running"/> unless it is the last one; true when it left.</summary>
    private static bool LeaveUnlessLast(ref int running)
    {
        while (true)
        {
            var current = Volatile.Read(ref running);
            if (current <= 1) return false;
            if (Interlocked.CompareExchange(ref running, current - 1, current) == current) return true;
        }
    }

    /// <summary>Rows still to deliver (pending or claimed).</summary>
    public Task<int> CountOpenAsync(CancellationToken cancellationToken = default) => _store.CountOpenAsync(cancellationToken);

    private async Task<DeliveryRunSummary> DeliverGroupAsync(
        int loggedSegmentEntryNo, Domain.Contacts.CorrespondenceType type, List<DeliveryRow> rows, string claim, DeliveryContext data, CancellationToken ct)
    {
        var batchId = DeliveryBatchIds.For(loggedSegmentEntryNo);
        var kind = DeliveryBatchIds.KindOf(type);
        GuardedChannel? channel = null;
        DeliveryResult? groupFailure = null;
        if (kind is null) groupFailure = DeliveryResult.Permanent($"Correspondence type {type} is not delivered through a channel.");
        else if (_router.Find(kind.Value) is { } found) channel = found;
        else
        {
            try { _router.Route(kind.Value); }
            catch (InvalidOperationException ex) { groupFailure = DeliveryResult.Transient(ex.Message); }
        }

        if (channel is not null)
        {
            var begun = await channel.BeginBatchAsync(batchId, ct);
            if (!begun.IsDelivered) groupFailure = begun;
        }

        // Sends run side by side (rendering spreads over the cores, the e-mail channel uses its parallel connections) and go
        // on while earlier results are recorded: a send starts only while fewer than ResultBatchSize (IdempotentResultBatchSize
        // for a channel whose re-sends are harmless) of this worker's sends are in flight or sent but not yet recorded, so a
        // crash still re-sends (under the same delivery key) no more than that.
        // A row is marked Delivered only together with its result. The group's last results are recorded only after the
        // batch is completed when they close it (see RecordUnlessClosingAsync); until then this worker holds a row open.
        int delivered = 0, retrying = 0, failed = 0;
        var completed = false;
        var batchAware = channel is not null && groupFailure is null;
        var outcomes = new DeliveryOutcome[rows.Count];
        var window = Math.Max(1, channel?.IsIdempotent == true ? _options.IdempotentResultBatchSize : _options.ResultBatchSize);
        using var unrecorded = new SemaphoreSlim(window, window);
        var done = System.Threading.Channels.Channel.CreateUnbounded<int>(new System.Threading.Channels.UnboundedChannelOptions { SingleReader = true });
        using var stopSending = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var sending = SendAllAsync(rows, outcomes, unrecorded, done.Writer, i => DeliverOneAsync(rows[i], kind, channel, groupFailure, batchId, data, ct), stopSending.Token);

        void Count(int[] indexes, bool[] recorded)
        {
            for (var i = 0; i < indexes.Length; i++)
            {
                if (!recorded[i])
                {
                    _logger.LogWarning("Delivery {Key}: the claim was taken over by another worker; its result is left to that worker.", rows[indexes[i]].Key);
                    continue;
                }

                switch (outcomes[indexes[i]].Kind)
                {
                    case DeliveryOutcomeKind.Delivered: delivered++; break;
                    case DeliveryOutcomeKind.Retry: retrying++; break;
                    default: failed++; break;
                }
            }
        }

        var held = new List<int>();
        var recordedCount = 0;
        try
        {
            while (await done.Reader.WaitToReadAsync(ct))
            {
                while (done.Reader.TryRead(out var index)) held.Add(index);
                if (recordedCount + held.Count == rows.Count) break; // the group's last results: recorded below
                var indexes = held.Order().ToArray();
                held.Clear();
                Count(indexes, await _store.RecordAsync(Pick(rows, indexes), claim, Pick(outcomes, indexes), _time.GetUtcNow(), ct));
                recordedCount += indexes.Length;
                unrecorded.Release(indexes.Length);
            }
        }
        finally
        {
            // Normally every send has finished here. When recording failed, no further send starts; the sends under way
            // finish, and their rows stay claimed, to be sent again (same delivery key) after the lease.
            await stopSending.CancelAsync();
            await sending;
        }

        if (held.Count > 0)
        {
            var last = held.Order().ToArray();
            var lastRows = Pick(rows, last);
            var lastOutcomes = Pick(outcomes, last);
            var recorded = batchAware
                ? await _store.RecordUnlessClosingAsync(lastRows, claim, lastOutcomes, _time.GetUtcNow(), loggedSegmentEntryNo, type, ct)
                : await _store.RecordAsync(lastRows, claim, lastOutcomes, _time.GetUtcNow(), ct);
            if (recorded is null)
            {
                var result = await channel!.CompleteBatchAsync(batchId, ct);
                completed = result.IsDelivered;
                if (!completed)
                {
                    _logger.LogError("Channel {Channel} could not complete batch {Batch}: {Error}", channel.Code, batchId, result.Error);
                    // The batch is owed: its last letters are retried (on the persisted schedule) and the batch completed with them.
                    for (var i = 0; i < last.Length; i++)
                    {
                        if (lastOutcomes[i].Kind == DeliveryOutcomeKind.Delivered)
                            outcomes[last[i]] = lastOutcomes[i] = FromFailure(lastRows[i], DeliveryResult.Transient($"Completing batch {batchId} failed: {result.Error}"));
                    }
                }

                recorded = await _store.RecordAsync(lastRows, claim, lastOutcomes, _time.GetUtcNow(), ct);
            }

            Count(last, recorded);
        }

        // A batch whose last rows closed otherwise (interactions canceled meanwhile) is completed here.
        if (batchAware && !completed && !await _store.AnyOpenAsync(loggedSegmentEntryNo, type, ct))
        {
            var result = await channel!.CompleteBatchAsync(batchId, ct);
            if (!result.IsDelivered)
                _logger.LogError("Channel {Channel} could not complete batch {Batch}: {Error}", channel.Code, batchId, result.Error);
        }

        return new DeliveryRunSummary(delivered, retrying, failed);
    }

    /// <summary>
    /// Starts the sends in row order, each once a place in the window of unrecorded sends is free and at most
    /// <see cref="InteractionsOptions.SendConcurrency"/> at a time; reports each finished send's index; completes the
    /// reports (with the error, if one failed) once every started send has finished.
    /// </summary>
    private async Task SendAllAsync(
        List<DeliveryRow> rows, DeliveryOutcome[] outcomes, SemaphoreSlim unrecorded, System.Threading.Channels.ChannelWriter<int> done,
        Func<int, Task<DeliveryOutcome>> send, CancellationToken ct)
    {
        using var concurrency = new SemaphoreSlim(_options.SendConcurrency, _options.SendConcurrency);
        var sends = new List<Task>(rows.Count);
        Exception? error = null;
        try
        {
            for (var i = 0; i < rows.Count; i++)
            {
                await unrecorded.WaitAsync(ct);
                await concurrency.WaitAsync(ct);
                var index = i;
                sends.Add(Task.Run(async () =>
                {
                    try
                    {
                        outcomes[index] = await send(index);
                        done.TryWrite(index);
                    }
                    finally
                    {
                        concurrency.Release();
                    }
                }, CancellationToken.None));
            }
        }
#pragma warning disable CA1031 // handed to the reader through the channel
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error = ex;
        }

        try
        {
            await Task.WhenAll(sends);
        }
#pragma warning disable CA1031 // handed to the reader through the channel
        catch (Exception ex)
#pragma warning restore CA1031
        {
            error ??= ex;
        }

        done.TryComplete(error);
    }

    private static T[] Pick<T>(IReadOnlyList<T> items, int[] indexes) => Array.ConvertAll(indexes, i => items[i]);

    private async Task<DeliveryOutcome> DeliverOneAsync(
        DeliveryRow row, ChannelKind? kind, GuardedChannel? channel, DeliveryResult? groupFailure, string batchId, DeliveryContext data, CancellationToken ct)
    {
        if (!data.Entries.TryGetValue(row.InteractionEntryNo, out var entry))
            return new DeliveryOutcome(DeliveryOutcomeKind.Failed, Error: $"Interaction log entry {row.InteractionEntryNo} no longer exists.");
        if (entry.Canceled)
            return new DeliveryOutcome(DeliveryOutcomeKind.Failed, Error: "The interaction was canceled before it was delivered.", EntryStatus: EntryStatus.None);
        if (groupFailure is not null) return FromFailure(row, groupFailure);

        var (message, error) = _messages.Create(row, entry, kind!.Value, batchId, data);
        if (message is null) return new DeliveryOutcome(DeliveryOutcomeKind.Failed, Error: error);
        var result = await channel!.SendAsync(message, ct);
        return result.IsDelivered
            ? new DeliveryOutcome(DeliveryOutcomeKind.Delivered, result.ExternalId, result.ExternalId)
            : FromFailure(row, result);
    }

    private DeliveryOutcome FromFailure(DeliveryRow row, DeliveryResult result)
    {
        var error = result.Error ?? result.Status.ToString();
        var attempts = row.Attempts; // counted when claimed
        if (result.Status == Plugins.Abstractions.DeliveryStatus.TransientFailure && attempts < _options.MaxAttempts)
            return new DeliveryOutcome(DeliveryOutcomeKind.Retry, Error: error, NextAttemptAt: _time.GetUtcNow() + RetryDelay(attempts));
        var suffix = result.Status == Plugins.Abstractions.DeliveryStatus.TransientFailure ? $" (gave up after {attempts} attempts)" : "";
        return new DeliveryOutcome(DeliveryOutcomeKind.Failed, Error: error + suffix);
    }

    /// <summary>base × 2^(attempt−1), capped at the maximum.</summary>
    internal TimeSpan RetryDelay(int attempt)
    {
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var ticks = Math.Min(_options.RetryBaseDelay.Ticks * factor, _options.RetryMaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
