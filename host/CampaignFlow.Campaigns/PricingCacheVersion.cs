namespace CampaignFlow.Campaigns;

/// <summary>
/// The version stamp of everything the price lookup caches. Every change made through the campaign services bumps
/// it; other components that change customers, contacts, business relations or items call <see cref="Invalidate"/>
/// so the next lookup reloads the index.
/// </summary>
public sealed class PricingCacheVersion
{
    private long _current = 1;

    public long Current => Interlocked.Read(ref _current);

    public void Invalidate() => Interlocked.Increment(ref _current);
}
