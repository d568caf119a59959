using System.Net.Sockets;
using System.Text;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// The ceiling for e-mail throughput: a bare SMTP session on one socket (EHLO once, then MAIL/RCPT/DATA per message, no
/// MIME building, no database), against the same server the outbox sends to.
/// </summary>
internal sealed class RawSmtpSession : IDisposable
{
    private readonly TcpClient _client;
    private readonly StreamReader _reader;
    private readonly StreamWriter _writer;

    public RawSmtpSession(int port)
    {
        _client = new TcpClient { NoDelay = true };
        _client.Connect("127.0.0.1", port);
        var stream = _client.GetStream();
        _reader = new StreamReader(stream, Encoding.ASCII);
        _writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = false };
        Expect("220");
        Command("EHLO raw.bench", "250");
    }

    public void Send(string from, string to, string data)
    {
        Command($"MAIL FROM:<{from}>", "250");
        Command($"RCPT TO:<{to}>", "250");
        Command("DATA", "354");
        _writer.Write(data);
        _writer.Write("\r\n.\r\n");
        _writer.Flush();
        Expect("250");
    }

    public void Dispose()
    {
        try { Command("QUIT", "221"); }
        catch (IOException) { }
        _client.Dispose();
    }

    private void Command(string line, string code)
    {
        _writer.Write(line);
        _writer.Write("\r\n");
        _writer.Flush();
        Expect(code);
    }

    private void Expect(string code)
    {
        while (true)
        {
            var reply = _reader.ReadLine() ?? throw new IOException("The SMTP server closed the connection.");
            if (!reply.StartsWith(code, StringComparison.Ordinal)) throw new IOException($"Expected {code}, got: {reply}");
            if (reply.Length < 4 || reply[3] == ' ') return; // the last line of a (multi-line) reply
        }
    }
}
