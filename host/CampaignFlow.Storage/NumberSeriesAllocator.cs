using CampaignFlow.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Storage;

/// <summary>
/// Takes the next number of a series (CP0001, SM0001 …) with one atomic UPDATE, so two hosts never hand
/// out the same number. Call it inside the transaction that uses the number.
/// </summary>
public sealed class NumberSeriesAllocator(CampaignFlowDbContext db)
{
    public async Task<string> NextAsync(string seriesCode, CancellationToken cancellationToken = default)
    {
        var updated = await db.NumberSeries.Where(s => s.Code == seriesCode)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.LastNo, n => n.LastNo + 1), cancellationToken);
        if (updated == 0)
            throw new DomainException(nameof(NumberSeries), seriesCode, null, "no such number series is set up.");
        var series = await db.NumberSeries.AsNoTracking().SingleAsync(s => s.Code == seriesCode, cancellationToken);
        return series.Format(series.LastNo);
    }
}
