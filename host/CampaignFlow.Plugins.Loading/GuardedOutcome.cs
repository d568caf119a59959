namespace CampaignFlow.Plugins.Loading;

/// <summary>What came of a <see cref="GuardedCall"/>: a value, an exception, or a timeout.</summary>
internal readonly record struct GuardedOutcome<T>(T? Value, Exception? Exception, bool IsTimeout)
{
    public static GuardedOutcome<T> Completed(T value) => new(value, null, false);

    public static GuardedOutcome<T> Faulted(Exception exception) => new(default, exception, false);

    public static GuardedOutcome<T> TimedOut() => new(default, null, true);
}
