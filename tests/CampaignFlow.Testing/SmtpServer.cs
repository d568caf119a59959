using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace CampaignFlow.Testing;

/// <summary>
/// A real SMTP server: Debian's aiosmtpd on a free port, storing mail in a maildir, with a small handler that logs each
/// EHLO (one per SMTP session) and rejects recipients starting with "reject". Messages are read back with Python's
/// email package, an independent MIME parser.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    private const string Handler = """
        import os
        from aiosmtpd.handlers import Mailbox

        class TestMailbox(Mailbox):
            async def handle_EHLO(self, server, session, envelope, hostname, responses):
                with open(os.path.join(self.mail_dir, '..', 'sessions.log'), 'a') as log:
                    log.write(hostname + '\n')
                session.host_name = hostname
                return responses

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.startswith('reject'):
                    return '550 5.1.1 <' + address + '>: mailbox unavailable'
                envelope.rcpt_tos.append(address)
                return '250 OK'
        """;

    private const string Reader = """
        import sys, os, json, email, email.policy
        out = []
        new = os.path.join(sys.argv[1], 'new')
        for name in sorted(os.listdir(new)) if os.path.isdir(new) else []:
            with open(os.path.join(new, name), 'rb') as f:
                m = email.message_from_binary_file(f, policy=email.policy.default)
            text = m.get_body(preferencelist=('plain',))
            html = m.get_body(preferencelist=('html',))
            out.append({'subject': str(m['subject']), 'from': str(m['from']), 'to': str(m['to']),
                        'replyTo': str(m['reply-to']), 'rcptTo': str(m['x-rcptto']), 'mailFrom': str(m['x-mailfrom']),
                        'delivery': str(m['x-campaignflow-delivery']), 'messageId': str(m['message-id']),
                        'text': text.get_content() if text else None, 'html': html.get_content() if html is not None and html.get_content_type() == 'text/html' else None})
        print(json.dumps(out))
        """;

    private readonly Process _process;
    private readonly string _root;

    private SmtpServer(Process process, string root, int port)
    {
        _process = process;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public string MailDir => Path.Combine(_root, "mail");

    public int Sessions => File.Exists(Path.Combine(_root, "sessions.log")) ? File.ReadAllLines(Path.Combine(_root, "sessions.log")).Length : 0;

    public static async Task<SmtpServer> StartAsync(string root)
    {
        Directory.CreateDirectory(root); // not mail/: Maildir creates it with its tmp, new and cur folders
        await File.WriteAllTextAsync(Path.Combine(root, "testmailbox.py"), Handler);
        var port = FreePort.Next();
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "testmailbox.TestMailbox", Path.Combine(root, "mail") })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PYTHONPATH"] = root;
        var process = Process.Start(start)!;
        var server = new SmtpServer(process, root, port);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return server;
            }
            catch (SocketException) when (!process.HasExited)
            {
                await Task.Delay(100);
            }
        }

        var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "not listening after 10 s";
        await server.DisposeAsync();
        throw new InvalidOperationException($"aiosmtpd did not start on port {port}: {error}");
    }

    public IReadOnlyList<ReceivedMail> Received()
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Reader);
        start.ArgumentList.Add(MailDir);
        using var process = Process.Start(start)!;
        var json = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException("reading the mailbox failed: " + error);
        return JsonSerializer.Deserialize<List<ReceivedMail>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
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
}
