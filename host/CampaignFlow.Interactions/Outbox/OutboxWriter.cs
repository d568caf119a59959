using System.Globalization;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Sql;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using DeliveryRow = CampaignFlow.Domain.Interactions.Delivery;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// The outbox writers' context with its connection held open, the result commands prepared on it, and the count of a
/// batch's open rows. Used by one writer at a time (see <see cref="DeliveryStore"/>).
/// </summary>
internal sealed class OutboxWriter : IDisposable, IAsyncDisposable
{
    private ModelCommand? _openRows;

    private OutboxWriter(CampaignFlowDbContext context)
    {
        Context = context;
        Results = new DeliveryResultWriter(context);
    }

    public CampaignFlowDbContext Context { get; }

    public DeliveryResultWriter Results { get; }

    public static async Task<OutboxWriter> OpenAsync(IDbContextFactory<CampaignFlowDbContext> contexts, CancellationToken ct)
    {
        var context = await contexts.CreateDbContextAsync(ct);
        try
        {
            await context.Database.OpenConnectionAsync(ct);
            return new OutboxWriter(context);
        }
        catch
        {
            await context.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Rows of a logged segment and kind still to deliver (pending or claimed). Found through the (State, NextAttemptAt)
    /// index: the unary plus keeps SQLite off the (LoggedSegmentEntryNo, LineNo) index, through which it would visit every
    /// row of the logged segment (16 ms at 100,000 lines, twice per claimed group).
    /// </summary>
    public async Task<int> CountOpenAsync(int loggedSegmentEntryNo, CorrespondenceType type, CancellationToken ct)
    {
        _openRows ??= new ModelCommand(Context, typeof(DeliveryRow),
            [nameof(DeliveryRow.State), nameof(DeliveryRow.State), nameof(DeliveryRow.LoggedSegmentEntryNo), nameof(DeliveryRow.CorrespondenceType)],
            names => $"SELECT COUNT(*) FROM {names.Table} WHERE {names.Column(nameof(DeliveryRow.State))} IN ({names.Placeholders[0]}, {names.Placeholders[1]}) " +
                $"AND +{names.Column(nameof(DeliveryRow.LoggedSegmentEntryNo))} = {names.Placeholders[2]} AND {names.Column(nameof(DeliveryRow.CorrespondenceType))} = {names.Placeholders[3]}");
        var count = await _openRows.ExecuteScalarAsync([DeliveryState.Pending, DeliveryState.InProgress, loggedSegmentEntryNo, type], ct);
        return Convert.ToInt32(count, CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        _openRows?.Dispose();
        Results.Dispose();
        Context.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        _openRows?.Dispose();
        Results.Dispose();
        await Context.DisposeAsync();
    }
}
