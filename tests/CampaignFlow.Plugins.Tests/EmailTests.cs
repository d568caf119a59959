using CampaignFlow.Testing;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;

namespace CampaignFlow.Plugins.Tests;

public sealed class EmailTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private SmtpServer _smtp = null!;

    public async Task InitializeAsync() => _smtp = await SmtpServer.StartAsync(_temp.Combine("smtp"));

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task A_message_arrives_with_utf8_subject_names_body_and_the_right_envelope()
    {
        using var host = LoadEmail();
        var channel = host.Router.Route(ChannelKind.Email);
        Assert.False(channel.IsIdempotent); // a mail sent twice arrives twice: results are recorded in small batches

        var result = await channel.SendAsync(Messages.Email(10000, "asa.oberg@kunde.example", html: "<p>Hej <b>Åsa</b> &amp; välkommen</p>"), CancellationToken.None);

        Assert.True(result.IsDelivered, result.Error);
        var mail = Assert.Single(_smtp.Received());
        Assert.Equal("Välkommen — réunion à Tromsø", mail.Subject);
        Assert.Equal("Åsa Öberg <asa.oberg@kunde.example>", mail.To);
        Assert.Equal("CRONUS Marketing <marketing@cronus.example>", mail.From);
        Assert.Equal("Jørgen Ødegård <jorgen@cronus.example>", mail.ReplyTo);
        Assert.Equal("asa.oberg@kunde.example", mail.RcptTo);
        Assert.Equal("marketing@cronus.example", mail.MailFrom);
        Assert.Equal("00000002-0000010000", mail.Delivery);
        Assert.Equal($"<{result.ExternalId}>", mail.MessageId);
        Assert.Equal("Hej Åsa,\nvi ses på mässan i Tromsø. Café crème à volonté.\n.\nHälsningar", mail.Text!.ReplaceLineEndings("\n"));
        Assert.Contains("Hej <b>Åsa</b> &amp; välkommen", mail.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_non_ascii_subject_is_folded_and_decodes_back_exactly()
    {
        using var host = LoadEmail();
        var subject = string.Concat(Enumerable.Repeat("Æøå éèê ÅÄÖ — ", 12)).Trim();

        var result = await host.Router.Route(ChannelKind.Email).SendAsync(Messages.Email(10000, "a@kunde.example", subject), CancellationToken.None);

        Assert.True(result.IsDelivered, result.Error);
        Assert.Equal(subject, Assert.Single(_smtp.Received()).Subject);
    }

    [Fact]
    public async Task A_batch_reuses_one_connection_and_single_sends_do_not()
    {
        using var host = LoadEmail(new() { ["Plugins:email:MaxConcurrency"] = "1" });
        var channel = host.Router.Route(ChannelKind.Email);

        await channel.BeginBatchAsync("LS00000002", CancellationToken.None);
        for (var line = 1; line <= 5; line++)
        {
            Assert.True((await channel.SendAsync(Messages.Email(line * 10000, $"c{line}@kunde.example"), CancellationToken.None)).IsDelivered);
        }

        await channel.CompleteBatchAsync("LS00000002", CancellationToken.None);
        var batchSessions = _smtp.Sessions;
        for (var line = 6; line <= 7; line++)
        {
            Assert.True((await channel.SendAsync(Messages.Email(line * 10000, $"c{line}@kunde.example"), CancellationToken.None)).IsDelivered);
        }

        Assert.Equal(1, batchSessions);
        Assert.Equal(3, _smtp.Sessions);
        Assert.Equal(7, _smtp.Received().Count);
    }

    [Fact]
    public async Task Concurrent_sends_in_a_batch_all_arrive_once()
    {
        using var host = LoadEmail(new() { ["Plugins:email:MaxConcurrency"] = "3" });
        var channel = host.Router.Route(ChannelKind.Email);

        await channel.BeginBatchAsync("LS00000002", CancellationToken.None);
        var results = await Task.WhenAll(Enumerable.Range(1, 30).Select(line => channel.SendAsync(Messages.Email(line * 10000, $"c{line}@kunde.example"), CancellationToken.None)));
        await channel.CompleteBatchAsync("LS00000002", CancellationToken.None);

        Assert.All(results, result => Assert.True(result.IsDelivered, result.Error));
        var received = _smtp.Received();
        Assert.Equal(30, received.Select(mail => mail.Delivery).Distinct().Count());
        Assert.InRange(_smtp.Sessions, 1, 3);
    }

    [Fact]
    public async Task Invalid_missing_and_rejected_addresses_are_permanent_failures()
    {
        using var host = LoadEmail();
        var channel = host.Router.Route(ChannelKind.Email);
        await channel.BeginBatchAsync("LS00000002", CancellationToken.None);

        var invalid = await channel.SendAsync(Messages.Email(10000, "not an address"), CancellationToken.None);
        var missing = await channel.SendAsync(Messages.Email(20000, null), CancellationToken.None);
        var rejected = await channel.SendAsync(Messages.Email(30000, "rejected@kunde.example"), CancellationToken.None);
        var after = await channel.SendAsync(Messages.Email(40000, "fine@kunde.example"), CancellationToken.None);
        await channel.CompleteBatchAsync("LS00000002", CancellationToken.None);

        Assert.Equal(DeliveryStatus.PermanentFailure, invalid.Status);
        Assert.Contains("'not an address' (contact CT010000) is not a valid e-mail address", invalid.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.PermanentFailure, missing.Status);
        Assert.Contains("has no e-mail address", missing.Error, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.PermanentFailure, rejected.Status);
        Assert.Contains("550", rejected.Error, StringComparison.Ordinal);
        Assert.True(after.IsDelivered, after.Error); // the session survived the rejection (RSET)
        Assert.Equal("fine@kunde.example", Assert.Single(_smtp.Received()).RcptTo);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_transient_failure()
    {
        using var host = LoadEmail(new() { ["Plugins:email:Port"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var result = await host.Router.Route(ChannelKind.Email).SendAsync(Messages.Email(10000, "a@kunde.example"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, result.Status);
        Assert.Contains("unreachable", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requiring_starttls_from_a_server_without_it_is_a_transient_failure_naming_the_setting()
    {
        using var host = LoadEmail(new() { ["Plugins:email:StartTls"] = "true" });

        var result = await host.Router.Route(ChannelKind.Email).SendAsync(Messages.Email(10000, "a@kunde.example"), CancellationToken.None);

        Assert.Equal(DeliveryStatus.TransientFailure, result.Status);
        Assert.Contains("does not offer STARTTLS", result.Error, StringComparison.Ordinal);
        Assert.Empty(_smtp.Received());
    }

    [Fact]
    public async Task The_per_minute_limit_holds_back_the_message_over_the_limit()
    {
        using var host = LoadEmail(new() { ["Plugins:email:MessagesPerMinute"] = "2" });
        var channel = host.Router.Route(ChannelKind.Email);

        Assert.True((await channel.SendAsync(Messages.Email(10000, "a@kunde.example"), CancellationToken.None)).IsDelivered);
        Assert.True((await channel.SendAsync(Messages.Email(20000, "b@kunde.example"), CancellationToken.None)).IsDelivered);
        using var stop = new CancellationTokenSource();
        var third = channel.SendAsync(Messages.Email(30000, "c@kunde.example"), stop.Token);
        await Task.Delay(500);

        Assert.False(third.IsCompleted); // the third waits ~30 s for its token
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third);
        Assert.Equal(2, _smtp.Received().Count);
    }

    [Fact]
    public void Missing_smtp_settings_disable_the_email_plugin_with_the_setting_named()
    {
        var root = _temp.Combine("plugins-bad");
        PluginFolders.Copy(root, "email");
        using var host = new TestHost(root, new Dictionary<string, string?> { ["Plugins:email:Host"] = "127.0.0.1", ["Plugins:email:FromAddress"] = "nobody" });

        var info = host.Registry.Find("email")!;
        Assert.Equal(PluginStatus.Disabled, info.Status);
        Assert.Contains("Plugins:email:FromAddress must be a valid e-mail address", info.Error, StringComparison.Ordinal);
    }

    private TestHost LoadEmail(Dictionary<string, string?>? extra = null)
    {
        var root = _temp.Combine("plugins");
        if (!Directory.Exists(root))
        {
            PluginFolders.Copy(root, "email");
        }

        var settings = new Dictionary<string, string?>
        {
            ["Plugins:email:Host"] = "127.0.0.1",
            ["Plugins:email:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Plugins:email:FromAddress"] = "marketing@cronus.example",
            ["Plugins:email:FromName"] = "CRONUS Marketing",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var host = new TestHost(root, settings);
        Assert.Equal(PluginStatus.Loaded, host.Registry.Find("email")!.Status);
        return host;
    }
}
