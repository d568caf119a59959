namespace CampaignFlow.Workflows.Hosting.Tests;

/// <summary>A thread-safe fake clock shared by the runtime and Quartz (Quartz 4.7 takes the container's TimeProvider).</summary>
public sealed class SharedClock(DateTimeOffset start) : TimeProvider
{
    private long ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref ticks), TimeSpan.Zero);

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void SetUtcNow(DateTimeOffset now) => Interlocked.Exchange(ref ticks, now.UtcTicks);
}
