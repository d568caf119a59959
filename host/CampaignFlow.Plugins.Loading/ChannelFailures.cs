using System.Net.Sockets;
using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Plugins.Loading;

/// <summary>Turns what escapes a plugin into a <see cref="DeliveryResult"/>: I/O-like exceptions may pass, so they are transient; anything else is a bug or bad data and permanent.</summary>
internal static class ChannelFailures
{
    public static DeliveryResult FromException(string pluginId, string channelCode, Exception exception)
    {
        var text = $"Channel '{channelCode}' of plugin '{pluginId}' threw {exception.GetType().Name}: {exception.Message}";
        return IsTransient(exception) ? DeliveryResult.Transient(text) : DeliveryResult.Permanent(text);
    }

    public static DeliveryResult Timeout(string pluginId, string channelCode, string operation, TimeSpan timeout) =>
        DeliveryResult.Transient($"Channel '{channelCode}' of plugin '{pluginId}' did not finish {operation} within {timeout.TotalSeconds:0.###} s (timeout).");

    private static bool IsTransient(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        IOException or SocketException or TimeoutException or OperationCanceledException or HttpRequestException => true,
        _ => false,
    };
}
