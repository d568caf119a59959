using System.Collections.Concurrent;
using System.Net.Mail;
using System.Net.Sockets;
using System.Security.Authentication;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Channels.Email;

/// <summary>
/// Sends each message over SMTP. While a batch is open, connections are kept and reused (at most
/// <see cref="EmailOptions.MaxConcurrency"/> of them, one per concurrent send); outside a batch each send opens and
/// quits its own. An invalid or rejected address is a permanent failure; an unreachable or refusing server a transient one.
/// </summary>
internal sealed class EmailChannel : IBatchAwareChannel, IAsyncDisposable, IDisposable
{
    private readonly EmailOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<EmailChannel> _logger;
    private readonly SemaphoreSlim _concurrency;
    private readonly PerMinuteRateLimiter _rateLimiter;
    private readonly ConcurrentBag<SmtpConnection> _idle = [];
    private readonly ConcurrentDictionary<string, bool> _openBatches = new(StringComparer.Ordinal);
    private readonly string _fromDomain;

    public EmailChannel(IOptions<EmailOptions> options, TimeProvider time, ILogger<EmailChannel> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        _concurrency = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
        _rateLimiter = new PerMinuteRateLimiter(_options.MessagesPerMinute, time);
        _fromDomain = new MailAddress(_options.FromAddress).Host;
    }

    public string Code => "email";

    public IReadOnlyCollection<ChannelKind> Handles { get; } = [ChannelKind.Email];

    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        if (message.Kind != ChannelKind.Email)
        {
            return DeliveryResult.Permanent($"The e-mail channel sends e-mail only; delivery {message.Id} is {message.Kind}.");
        }

        if (CheckAddress(message) is { } invalid)
        {
            return DeliveryResult.Permanent(invalid);
        }

        await _rateLimiter.WaitAsync(cancellationToken).ConfigureAwait(false);
        await _concurrency.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var messageId = $"{message.Id}.{Guid.NewGuid():N}@{_fromDomain}";
            var data = MimeWriter.Write(message, _options.FromAddress, _options.FromName, message.ContactEmail!.Trim(), messageId, _time.GetUtcNow());
            return await SendOverConnectionAsync(message.ContactEmail.Trim(), data, messageId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _concurrency.Release();
        }
    }

    public Task BeginBatchAsync(string batchId, CancellationToken cancellationToken)
    {
        _openBatches.TryAdd(batchId, true);
        return Task.CompletedTask;
    }

    public async Task CompleteBatchAsync(string batchId, CancellationToken cancellationToken)
    {
        _openBatches.TryRemove(batchId, out _);
        if (_openBatches.IsEmpty)
        {
            await CloseIdleAsync().ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => new(CloseIdleAsync());

    public void Dispose() => CloseIdleAsync().GetAwaiter().GetResult();

    private static string? CheckAddress(ChannelMessage message)
    {
        var address = message.ContactEmail?.Trim();
        if (string.IsNullOrEmpty(address))
        {
            return $"Contact {message.ContactNo} ({message.ContactName}) has no e-mail address.";
        }

        var valid = MailAddress.TryCreate(address, out var parsed)
            && string.Equals(parsed.Address, address, StringComparison.Ordinal)
            && address.All(char.IsAscii)
            && parsed.Host.Contains('.', StringComparison.Ordinal);
        return valid ? null : $"'{address}' (contact {message.ContactNo}) is not a valid e-mail address.";
    }

    private async Task<DeliveryResult> SendOverConnectionAsync(string to, string data, string messageId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var reused = _idle.TryTake(out var connection);
            if (connection is null)
            {
                try
                {
                    connection = await SmtpConnection.OpenAsync(_options, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (IsConnectionFailure(ex, cancellationToken))
                {
                    return DeliveryResult.Transient($"SMTP server {_options.Host}:{_options.Port} unreachable or refused the session: {ex.Message}");
                }
            }

            try
            {
                await connection.SendAsync(_options.FromAddress, [to], data, cancellationToken).ConfigureAwait(false);
                await ReturnAsync(connection).ConfigureAwait(false);
                return DeliveryResult.Delivered(messageId);
            }
            catch (SmtpReplyException ex)
            {
                await ReturnAsync(connection).ConfigureAwait(false);
                return ex.IsPermanentForMessage ? DeliveryResult.Permanent(ex.Message) : DeliveryResult.Transient(ex.Message);
            }
            catch (Exception ex) when (IsConnectionFailure(ex, cancellationToken))
            {
                var dataStarted = connection.DataStarted;
                await connection.DisposeAsync().ConfigureAwait(false);
                if (reused && !dataStarted && attempt == 0)
                {
                    _logger.LogDebug("A reused SMTP connection failed before the message was sent ({Error}); retrying on a new one.", ex.Message);
                    continue;
                }

                return DeliveryResult.Transient($"SMTP session with {_options.Host}:{_options.Port} failed: {ex.Message}");
            }
            catch (OperationCanceledException)
            {
                await connection.DisposeAsync().ConfigureAwait(false); // the host is stopping
                throw;
            }
        }
    }

    private static bool IsConnectionFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is IOException or SocketException or AuthenticationException or SmtpReplyException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private async Task ReturnAsync(SmtpConnection connection)
    {
        if (!connection.IsBroken && !_openBatches.IsEmpty)
        {
            _idle.Add(connection);
            return;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private async Task CloseIdleAsync()
    {
        while (_idle.TryTake(out var connection))
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
