using System.Globalization;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;

namespace CampaignFlow.Channels.Email;

/// <summary>
/// One SMTP session (RFC 5321): greeting, EHLO, optional STARTTLS and AUTH PLAIN, then any number of
/// MAIL/RCPT/DATA transactions on the same connection, then QUIT. Hand-written because System.Net.Mail.SmtpClient
/// opens a new connection for every message on .NET (no pooling) and allows one send at a time per instance.
/// </summary>
internal sealed class SmtpConnection : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly EmailOptions _options;
    private Stream _stream;
    private readonly byte[] _buffer = new byte[8192];
    private int _bufferStart;
    private int _bufferEnd;

    private SmtpConnection(TcpClient client, EmailOptions options)
    {
        _client = client;
        _options = options;
        _stream = client.GetStream();
    }

    public bool IsBroken { get; private set; }

    /// <summary>Gets a value indicating whether the last transaction got as far as sending the message data (so resending it could duplicate it).</summary>
    public bool DataStarted { get; private set; }

    public static async Task<SmtpConnection> OpenAsync(EmailOptions options, CancellationToken cancellationToken)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, cancellationToken).ConfigureAwait(false);
            var connection = new SmtpConnection(client, options);
            await connection.HandshakeAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task SendAsync(string from, IReadOnlyList<string> recipients, string data, CancellationToken cancellationToken)
    {
        DataStarted = false;
        try
        {
            await CommandAsync($"MAIL FROM:<{from}>", "MAIL FROM", 250, cancellationToken).ConfigureAwait(false);
            foreach (var recipient in recipients)
            {
                await CommandAsync($"RCPT TO:<{recipient}>", "RCPT TO", 250, cancellationToken, alsoAccept: 251).ConfigureAwait(false);
            }

            await CommandAsync("DATA", "DATA", 354, cancellationToken).ConfigureAwait(false);
            DataStarted = true;
            await WriteAsync(data.EndsWith("\r\n", StringComparison.Ordinal) ? data + ".\r\n" : data + "\r\n.\r\n", cancellationToken).ConfigureAwait(false);
            Expect(await ReadReplyAsync(cancellationToken).ConfigureAwait(false), "message", 250);
        }
        catch (SmtpReplyException) when (!IsBroken)
        {
            await TryResetAsync(cancellationToken).ConfigureAwait(false); // the connection stays usable for the next message
            throw;
        }
        catch
        {
            IsBroken = true;
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!IsBroken)
        {
            try
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await CommandAsync("QUIT", "QUIT", 221, quit.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or SmtpReplyException or ObjectDisposedException)
            {
                // the server may close first; nothing is lost
            }
        }

        await _stream.DisposeAsync().ConfigureAwait(false);
        _client.Dispose();
    }

    private async Task HandshakeAsync(CancellationToken cancellationToken)
    {
        Expect(await ReadReplyAsync(cancellationToken).ConfigureAwait(false), "greeting", 220);
        var capabilities = await CommandAsync($"EHLO {_options.ClientName}", "EHLO", 250, cancellationToken).ConfigureAwait(false);
        if (_options.StartTls)
        {
            if (!capabilities.Lines.Any(line => line.StartsWith("STARTTLS", StringComparison.OrdinalIgnoreCase)))
            {
                throw new IOException($"SMTP server {_options.Host}:{_options.Port} does not offer STARTTLS, which Plugins:email:StartTls requires.");
            }

            await CommandAsync("STARTTLS", "STARTTLS", 220, cancellationToken).ConfigureAwait(false);
            var ssl = new SslStream(_stream, leaveInnerStreamOpen: false, (_, _, _, errors) => _options.AcceptAnyCertificate || errors == SslPolicyErrors.None);
            await ssl.AuthenticateAsClientAsync(new SslClientAuthenticationOptions { TargetHost = _options.Host }, cancellationToken).ConfigureAwait(false);
            _stream = ssl;
            _bufferStart = _bufferEnd = 0;
            await CommandAsync($"EHLO {_options.ClientName}", "EHLO", 250, cancellationToken).ConfigureAwait(false);
        }

        if (!string.IsNullOrEmpty(_options.UserName))
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"\0{_options.UserName}\0{_options.Password}"));
            await CommandAsync($"AUTH PLAIN {token}", "AUTH", 235, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task TryResetAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CommandAsync("RSET", "RSET", 250, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or SmtpReplyException or OperationCanceledException)
        {
            IsBroken = true;
        }
    }

    private async Task<SmtpReply> CommandAsync(string line, string name, int expected, CancellationToken cancellationToken, int alsoAccept = -1)
    {
        await WriteAsync(line + "\r\n", cancellationToken).ConfigureAwait(false);
        var reply = await ReadReplyAsync(cancellationToken).ConfigureAwait(false);
        if (reply.Code != alsoAccept)
        {
            Expect(reply, name, expected);
        }

        return reply;
    }

    private static void Expect(SmtpReply reply, string command, int expected)
    {
        if (reply.Code != expected)
        {
            throw new SmtpReplyException(command, reply);
        }
    }

    private async Task WriteAsync(string text, CancellationToken cancellationToken)
    {
        using var timeout = Timeout(cancellationToken);
        await _stream.WriteAsync(Encoding.ASCII.GetBytes(text), timeout.Token).ConfigureAwait(false);
        await _stream.FlushAsync(timeout.Token).ConfigureAwait(false);
    }

    private async Task<SmtpReply> ReadReplyAsync(CancellationToken cancellationToken)
    {
        using var timeout = Timeout(cancellationToken);
        var lines = new List<string>();
        while (true)
        {
            var line = await ReadLineAsync(timeout.Token).ConfigureAwait(false);
            if (line.Length < 3 || !int.TryParse(line.AsSpan(0, 3), NumberStyles.None, CultureInfo.InvariantCulture, out var code))
            {
                IsBroken = true;
                throw new IOException($"SMTP server sent a malformed reply line: '{line}'.");
            }

            lines.Add(line.Length > 4 ? line[4..] : string.Empty);
            if (line.Length == 3 || line[3] == ' ')
            {
                return new SmtpReply(code, string.Join(" ", lines), lines);
            }
        }
    }

    private async Task<string> ReadLineAsync(CancellationToken cancellationToken)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (_bufferStart == _bufferEnd)
            {
                _bufferStart = 0;
                _bufferEnd = await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                if (_bufferEnd == 0)
                {
                    IsBroken = true;
                    throw new IOException("The SMTP server closed the connection.");
                }
            }

            var newline = Array.IndexOf(_buffer, (byte)'\n', _bufferStart, _bufferEnd - _bufferStart);
            var end = newline < 0 ? _bufferEnd : newline;
            line.Append(Encoding.ASCII.GetString(_buffer, _bufferStart, end - _bufferStart));
            _bufferStart = newline < 0 ? _bufferEnd : newline + 1;
            if (newline >= 0)
            {
                return line.ToString().TrimEnd('\r');
            }
        }
    }

    private CancellationTokenSource Timeout(CancellationToken cancellationToken)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        source.CancelAfter(_options.CommandTimeout);
        return source;
    }
}
