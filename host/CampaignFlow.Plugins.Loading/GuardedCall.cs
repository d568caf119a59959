namespace CampaignFlow.Plugins.Loading;

/// <summary>
/// Runs one call into a plugin with a timeout that holds even when the plugin ignores its token: the caller stops waiting,
/// the plugin's token is cancelled, and a late fault is observed so it never surfaces as an unobserved exception.
/// </summary>
internal static class GuardedCall
{
    /// <summary>Runs <paramref name="call"/>. Returns the outcome; throws only <see cref="OperationCanceledException"/> when <paramref name="hostToken"/> is cancelled.</summary>
    public static async Task<GuardedOutcome<T>> RunAsync<T>(
        Func<CancellationToken, Task<T>> call, TimeSpan timeout, TimeProvider time, CancellationToken hostToken)
    {
        using var pluginToken = CancellationTokenSource.CreateLinkedTokenSource(hostToken);
        // Task.Run: a plugin that blocks before returning its task must not block the caller past the timeout.
        var task = Task.Run(() => call(pluginToken.Token) ?? throw new InvalidOperationException("The plugin returned a null task."), CancellationToken.None);

        using (var delayToken = CancellationTokenSource.CreateLinkedTokenSource(hostToken))
        {
            var delay = Task.Delay(timeout, time, delayToken.Token);
            var first = await Task.WhenAny(task, delay).ConfigureAwait(false);
            await delayToken.CancelAsync().ConfigureAwait(false);
            if (first != task)
            {
                hostToken.ThrowIfCancellationRequested();
                await pluginToken.CancelAsync().ConfigureAwait(false);
                _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
                return GuardedOutcome<T>.TimedOut();
            }
        }

        try
        {
            return GuardedOutcome<T>.Completed(await task.ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (hostToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return GuardedOutcome<T>.Faulted(ex);
        }
    }
}
