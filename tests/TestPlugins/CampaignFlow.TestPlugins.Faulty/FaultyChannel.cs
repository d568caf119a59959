using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.TestPlugins.Faulty;

/// <summary>A channel that misbehaves as configured.</summary>
public sealed class FaultyChannel : IChannel
{
    private readonly FaultyOptions _options;

    /// <summary>Creates the channel.</summary>
    /// <param name="options">Settings.</param>
    public FaultyChannel(IOptions<FaultyOptions> options)
    {
        _options = options.Value;
        if (_options.Mode == FaultMode.ThrowInConstructor)
        {
            throw new InvalidOperationException("faulty channel cannot be created");
        }

        Handles = [_options.Kind];
    }

    /// <inheritdoc />
    public string Code => _options.Code;

    /// <inheritdoc />
    public IReadOnlyCollection<ChannelKind> Handles { get; }

    /// <inheritdoc />
    public Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken) => _options.Mode switch
    {
        FaultMode.ThrowOnSend => throw new InvalidOperationException($"faulty channel failed on {message.Id}"),
        FaultMode.ThrowIoOnSend => Task.FromException<DeliveryResult>(new IOException("faulty disk is full")),
        FaultMode.Hang => new TaskCompletionSource<DeliveryResult>().Task,
        FaultMode.BlockOnSend => Block(),
        _ => Task.FromResult(DeliveryResult.Delivered($"faulty:{message.Id}")),
    };

    private static Task<DeliveryResult> Block()
    {
        Thread.Sleep(TimeSpan.FromSeconds(10));
        return Task.FromResult(DeliveryResult.Delivered("late"));
    }
}
