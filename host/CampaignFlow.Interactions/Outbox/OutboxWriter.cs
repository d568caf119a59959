using System.Globalization;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Sql;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;
using DeliveryRow = CampaignFlow.Domain.Interactions.Delivery;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// The outbox writers' context with its connection held open, the result commands prepared on it, and the check for a
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
    /// Whether any row of a batch (logged segment, correspondence type) is still to deliver (pending or claimed): one probe
    /// of the batch index, however many rows the outbox holds.
    /// </summary>
    public async Task<bool> AnyOpenAsync(int loggedSegmentEntryNo, CorrespondenceType type, CancellationToken ct)
    {
        _openRows ??= new ModelCommand(Context, typeof(DeliveryRow),
            [nameof(DeliveryRow.LoggedSegmentEntryNo), nameof(DeliveryRow.CorrespondenceType), nameof(DeliveryRow.State), nameof(DeliveryRow.State)],
            names => $"SELECT EXISTS (SELECT 1 FROM {names.Table} WHERE {names.Column(nameof(DeliveryRow.LoggedSegmentEntryNo))} = {names.Placeholders[0]} " +
                $"AND {names.Column(nameof(DeliveryRow.CorrespondenceType))} = {names.Placeholders[1]} " +
                $"AND {names.Column(nameof(DeliveryRow.State))} IN ({names.Placeholders[2]}, {names.Placeholders[3]}))");
        var any = await _openRows.ExecuteScalarAsync([loggedSegmentEntryNo, type, DeliveryState.Pending, DeliveryState.InProgress], ct);
        return Convert.ToBoolean(any, CultureInfo.InvariantCulture);
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
