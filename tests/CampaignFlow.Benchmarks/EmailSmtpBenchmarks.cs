using System.Diagnostics;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using CampaignFlow.Channels.Email;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Benchmarks;

/// <summary>
/// E-mails per second to a local aiosmtpd (Debian's python3-aiosmtpd, Sink handler): the e-mail channel inside a batch
/// (connections reused), with 1 and 4 concurrent sends, against a plain System.Net.Mail.SmtpClient loop. One operation = one message.
/// </summary>
public class EmailSmtpBenchmarks
{
    private const int Messages = 100;
    private Process _server = null!;
    private int _port;
    private ChannelMessage[] _messages = [];

    [GlobalSetup]
    public void Setup()
    {
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            _port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{_port}", "-c", "aiosmtpd.handlers.Sink" })
        {
            start.ArgumentList.Add(argument);
        }

        _server = Process.Start(start)!;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, _port);
                break;
            }
            catch (SocketException) when (attempt < 100)
            {
                Thread.Sleep(100);
            }
        }

        _messages = Enumerable.Range(1, Messages).Select(i => new ChannelMessage
        {
            Id = new DeliveryId(2, i * 10000),
            BatchId = "LS00000002",
            Kind = ChannelKind.Email,
            ContactNo = $"CT{i:D6}",
            ContactName = "Åsa Öberg",
            ContactEmail = $"contact{i}@kunde.example",
            Subject = "Välkommen — réunion à Tromsø",
            BodyText = "Hej Åsa,\nvi ses på mässan i Tromsø.\nHälsningar",
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _server.Kill();
        _server.WaitForExit();
        _server.Dispose();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Messages)]
    public async Task RawSmtpClientLoop()
    {
        using var client = new SmtpClient("127.0.0.1", _port);
        foreach (var message in _messages)
        {
            using var mail = new MailMessage(new MailAddress("marketing@cronus.example", "CRONUS Marketing"), new MailAddress(message.ContactEmail!, message.ContactName))
            {
                Subject = message.Subject,
                Body = message.BodyText,
            };
            await client.SendMailAsync(mail);
        }
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public Task<int> EmailChannelBatchSequential() => SendBatchAsync(concurrency: 1);

    [Benchmark(OperationsPerInvoke = Messages)]
    public Task<int> EmailChannelBatchFourConnections() => SendBatchAsync(concurrency: 4);

    private async Task<int> SendBatchAsync(int concurrency)
    {
        var options = new EmailOptions { Host = "127.0.0.1", Port = _port, FromAddress = "marketing@cronus.example", FromName = "CRONUS Marketing", MaxConcurrency = concurrency };
        await using var channel = new EmailChannel(Options.Create(options), TimeProvider.System, NullLogger<EmailChannel>.Instance);
        await channel.BeginBatchAsync("LS00000002", CancellationToken.None);
        var results = await Task.WhenAll(_messages.Select(message => channel.SendAsync(message, CancellationToken.None)));
        await channel.CompleteBatchAsync("LS00000002", CancellationToken.None);
        var delivered = results.Count(result => result.IsDelivered);
        return delivered == Messages ? delivered : throw new InvalidOperationException(results.First(result => !result.IsDelivered).Error);
    }
}
