using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CampaignFlow.Testing;

namespace CampaignFlow.Interactions.Tests.Support;

/// <summary>Debian's aiosmtpd with its Mailbox handler on a free port; messages read back with Python's email package.</summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private const string Reader = """
        import sys, os, json, email, email.policy
        out = []
        new = os.path.join(sys.argv[1], 'new')
        for name in sorted(os.listdir(new)) if os.path.isdir(new) else []:
            with open(os.path.join(new, name), 'rb') as f:
                m = email.message_from_binary_file(f, policy=email.policy.default)
            text = m.get_body(preferencelist=('plain',))
            html = m.get_body(preferencelist=('html',))
            out.append({'subject': str(m['subject']), 'to': str(m['to']), 'delivery': str(m['x-campaignflow-delivery']),
                        'text': text.get_content() if text else None,
                        'html': html.get_content() if html is not None and html.get_content_type() == 'text/html' else None})
        print(json.dumps(out))
        """;

    private readonly Process _process;

    private SmtpServer(Process process, string mailDir, int port)
    {
        _process = process;
        MailDir = mailDir;
        Port = port;
    }

    public int Port { get; }
    public string MailDir { get; }

    public static async Task<SmtpServer> StartAsync(string root)
    {
        var port = FreePort.Next();
        var mailDir = Path.Combine(root, "mail");
        Directory.CreateDirectory(root); // Maildir creates mail/ itself, but not its parent
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", mailDir }) start.ArgumentList.Add(a);
        var server = new SmtpServer(Process.Start(start)!, mailDir, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (!server._process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        await server.DisposeAsync();
        throw new InvalidOperationException($"aiosmtpd did not start on port {port}.");
    }

    public IReadOnlyList<Mail> Received()
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Reader);
        start.ArgumentList.Add(MailDir);
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error);
        return JsonSerializer.Deserialize<List<Mail>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public sealed record Mail(string Subject, string To, string? Delivery, string? Text, string? Html);
}
