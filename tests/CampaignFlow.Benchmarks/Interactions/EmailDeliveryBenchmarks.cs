using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Testing;
using HandlebarsDotNet;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// 500 e-mails through the outbox to a local aiosmtpd beside a bare Handlebars.Net render of the same 500 HTML bodies and
/// the server's own ceiling: the same 500 rendered messages sent over bare SMTP sessions (one socket; four sockets side by
/// side, as the channel's default concurrency) to the same server in the same run. msg/s = 500 / mean.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class EmailDeliveryBenchmarks
{
    private const int Messages = 500;
    private BenchWorld _world = null!;
    private Process _smtp = null!;
    private int _port;

    /// <summary>
    /// true: aiosmtpd's Mailbox handler (a maildir file per message; on a loaded machine it caps both the outbox and the raw
    /// sessions near 150-250 msg/s); false: its Sink handler, which measures the sending side.
    /// </summary>
    [Params(false, true)]
    public bool KeepMail { get; set; }
    private HandlebarsTemplate<object, object> _bare = null!;
    private Dictionary<string, object?>[] _models = [];

    [GlobalSetup]
    public void Setup()
    {
        var port = FreePort.Next();
        _port = port;
        _world = BenchWorld.Create(port);
        _smtp = BenchWorld.StartSmtp(Path.Combine(_world.Store.Directory, "smtp"), port, KeepMail);
        _bare = Handlebars.Create().Compile(BenchWorld.MailBody);
        _models = Enumerable.Range(0, Messages).Select(i => new Dictionary<string, object?>
        {
            ["contact"] = new Dictionary<string, object?> { ["name"] = $"Visitor {i + 1}" },
            ["campaign"] = new Dictionary<string, object?> { ["description"] = "Salon FUTURUS" },
            ["salesperson"] = new Dictionary<string, object?> { ["name"] = "Otis Falls" },
        }).ToArray();
    }

    [IterationSetup(Target = nameof(DeliverThroughOutbox500))]
    public void LogMails()
    {
        var no = _world.CreateSegment(Messages, "MAIL", CorrespondenceType.Email);
        _world.Logger.LogAsync(no, new LogSegmentOptions { SendAttachments = true }, "BENCH").GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public int BareHandlebarsRender500()
    {
        var length = 0;
        foreach (var model in _models) length += _bare(model).Length;
        return length;
    }

    [Benchmark]
    public int RawSmtpOneConnection500()
    {
        using var session = new RawSmtpSession(_port);
        for (var i = 0; i < Messages; i++) session.Send("marketing@cronus.example.com", Recipient(i), RawMessage(i));
        return Messages;
    }

    [Benchmark]
    public int RawSmtpFourConnections500()
    {
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, connection =>
        {
            using var session = new RawSmtpSession(_port);
            for (var i = connection; i < Messages; i += 4) session.Send("marketing@cronus.example.com", Recipient(i), RawMessage(i));
        });
        return Messages;
    }

    [Benchmark]
    public int DeliverThroughOutbox500() => _world.Delivery.RunUntilEmptyAsync(2).GetAwaiter().GetResult().Delivered;

    private static string Recipient(int i) => $"visitor{(i % 1000) + 1}@futurus.example.com";

    private string RawMessage(int i) =>
        $"From: marketing@cronus.example.com\r\nTo: {Recipient(i)}\r\nSubject: Thank you, Visitor {i + 1}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{_bare(_models[i])}";

    [GlobalCleanup]
    public void Cleanup()
    {
        _smtp.Kill();
        _smtp.WaitForExit();
        _smtp.Dispose();
        _world.Dispose();
    }
}
