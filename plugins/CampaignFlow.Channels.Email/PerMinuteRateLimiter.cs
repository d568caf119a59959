namespace CampaignFlow.Channels.Email;

/// <summary>
/// A token bucket that lets through at most <c>perMinute</c> messages a minute (a burst of up to one minute's worth,
/// then one every 60/perMinute seconds). Written here rather than taking System.Threading.RateLimiting, which is not in
/// the base shared framework, so that the plugin folder needs no extra dependency; it runs on the host's TimeProvider.
/// </summary>
internal sealed class PerMinuteRateLimiter(int perMinute, TimeProvider time)
{
    private readonly Lock _gate = new();
    private double _tokens = perMinute;
    private long _lastRefill = time.GetTimestamp();

    public async ValueTask WaitAsync(CancellationToken cancellationToken)
    {
        if (perMinute <= 0)
        {
            return;
        }

        while (true)
        {
            TimeSpan wait;
            lock (_gate)
            {
                var now = time.GetTimestamp();
                _tokens = Math.Min(perMinute, _tokens + (time.GetElapsedTime(_lastRefill, now).TotalMinutes * perMinute));
                _lastRefill = now;
                if (_tokens >= 1)
                {
                    _tokens -= 1;
                    return;
                }

                wait = TimeSpan.FromMinutes((1 - _tokens) / perMinute);
            }

            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
