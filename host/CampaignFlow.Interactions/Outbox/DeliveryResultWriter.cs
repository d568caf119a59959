using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Sql;
using CampaignFlow.Storage;
using DeliveryRow = CampaignFlow.Domain.Interactions.Delivery;
using EntryStatus = CampaignFlow.Domain.Interactions.DeliveryStatus;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// Writes delivery results inside the context's current transaction: per row, the outbox row (only while the claim is still
/// ours) and then its interaction entry. Prepared commands, made on first use and kept for the context's life, instead of two
/// EF ExecuteUpdate calls per row: EF's per-call query work cost more than the writes themselves.
/// </summary>
internal sealed class DeliveryResultWriter(CampaignFlowDbContext db) : IDisposable
{
    private static readonly string[] Mine = [nameof(DeliveryRow.Id), nameof(DeliveryRow.ClaimedBy), nameof(DeliveryRow.State)];
    private static readonly string[] Entry = [nameof(InteractionLogEntry.EntryNo)];

    private RowUpdater? _delivered;
    private RowUpdater? _retrying;
    private RowUpdater? _failed;
    private RowUpdater? _entryDelivered;
    private RowUpdater? _entryStatus;

    /// <summary>Writes one row's result; false when its claim was lost (another worker took the row over) and nothing was written.</summary>
    public async Task<bool> WriteAsync(DeliveryRow row, string claimToken, DeliveryOutcome outcome, DateTimeOffset now, CancellationToken ct)
    {
        switch (outcome.Kind)
        {
            case DeliveryOutcomeKind.Delivered:
                _delivered ??= new RowUpdater(db, typeof(DeliveryRow),
                    [nameof(DeliveryRow.State), nameof(DeliveryRow.CompletedAt), nameof(DeliveryRow.ExternalId), nameof(DeliveryRow.LastError)], Mine);
                if (await _delivered.UpdateAsync([DeliveryState.Delivered, now, outcome.ExternalId, null, row.Id, claimToken, DeliveryState.InProgress], ct) == 0)
                    return false;
                _entryDelivered ??= new RowUpdater(db, typeof(InteractionLogEntry),
                    [nameof(InteractionLogEntry.DeliveryStatus), nameof(InteractionLogEntry.DeliveryError), nameof(InteractionLogEntry.DeliveryExternalId),
                        nameof(InteractionLogEntry.AttachmentReference)], Entry);
                await _entryDelivered.UpdateAsync([EntryStatus.Delivered, null, outcome.ExternalId, outcome.AttachmentReference, row.InteractionEntryNo], ct);
                return true;
            case DeliveryOutcomeKind.Retry:
                _retrying ??= new RowUpdater(db, typeof(DeliveryRow),
                    [nameof(DeliveryRow.State), nameof(DeliveryRow.NextAttemptAt), nameof(DeliveryRow.LastError), nameof(DeliveryRow.ClaimedAt), nameof(DeliveryRow.ClaimedBy)], Mine);
                if (await _retrying.UpdateAsync([DeliveryState.Pending, outcome.NextAttemptAt, outcome.Error, null, null, row.Id, claimToken, DeliveryState.InProgress], ct) == 0)
                    return false;
                return await WriteEntryStatusAsync(row, EntryStatus.InProgress, outcome.Error, ct);
            default:
                _failed ??= new RowUpdater(db, typeof(DeliveryRow),
                    [nameof(DeliveryRow.State), nameof(DeliveryRow.CompletedAt), nameof(DeliveryRow.LastError)], Mine);
                if (await _failed.UpdateAsync([DeliveryState.Failed, now, outcome.Error, row.Id, claimToken, DeliveryState.InProgress], ct) == 0)
                    return false;
                return await WriteEntryStatusAsync(row, outcome.EntryStatus, outcome.Error, ct);
        }
    }

    public void Dispose()
    {
        _delivered?.Dispose();
        _retrying?.Dispose();
        _failed?.Dispose();
        _entryDelivered?.Dispose();
        _entryStatus?.Dispose();
    }

    private async Task<bool> WriteEntryStatusAsync(DeliveryRow row, EntryStatus status, string? error, CancellationToken ct)
    {
        _entryStatus ??= new RowUpdater(db, typeof(InteractionLogEntry), [nameof(InteractionLogEntry.DeliveryStatus), nameof(InteractionLogEntry.DeliveryError)], Entry);
        await _entryStatus.UpdateAsync([status, error, row.InteractionEntryNo], ct);
        return true;
    }
}
