using System.Diagnostics;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Outbox;
using CampaignFlow.Interactions.Sql;
using CampaignFlow.Interactions.Templates;
using CampaignFlow.Plugins.Loading;
using CampaignFlow.Storage;
using CampaignFlow.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>A store with contacts, the BUS letter and MAIL e-mail templates, and the real letter/email plugins loaded.</summary>
internal sealed class BenchWorld : IDisposable
{
    public const string LetterBody = "Dear {{contact.name}},\n\nThank you for visiting our stand at {{campaign.description}}. We hope you enjoyed the presentation of Millennium Server.\n\nKind regards,\n{{salesperson.name}}\nCRONUS International Ltd.";
    public const string MailBody = "<p>Dear {{contact.name}},</p><p>thank you for visiting us at {{campaign.description}}.</p><p>{{salesperson.name}}</p>";
    private const int Contacts = 1000;
    private readonly ServiceProvider _services;
    private int _segments;

    private BenchWorld(TempStore store, ServiceProvider services, string root)
    {
        Store = store;
        _services = services;
        Root = root;
    }

    public TempStore Store { get; }
    public string Root { get; }
    public LogSegmentService Logger => _services.GetRequiredService<LogSegmentService>();
    public DeliveryProcessor Delivery => _services.GetRequiredService<DeliveryProcessor>();
    public PluginCatalog Plugins => _services.GetRequiredService<PluginCatalog>();

    /// <summary>
    /// A new world with the letter and e-mail plugins, or <paramref name="plugins"/>; <paramref name="settings"/> (key=value,
    /// such as <c>Interactions:SendConcurrency=2</c>) override the defaults.
    /// </summary>
    public static BenchWorld Create(int smtpPort = 1, IEnumerable<string>? settings = null, IReadOnlyList<string>? plugins = null)
    {
        var store = TempStore.CreateAsync().GetAwaiter().GetResult();
        var root = Path.Combine(store.Directory, "run");
        foreach (var id in plugins ?? ["letter", "email"]) CopyPlugin(id, Path.Combine(root, "plugins"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = store.FilePath,
            ["Plugins:Path"] = Path.Combine(root, "plugins"),
            ["Plugins:letter:OutputFolder"] = Path.Combine(root, "letters"),
            ["Plugins:letter:PdfSharpLicense"] = "AGPL",
            ["Plugins:email:Host"] = "127.0.0.1",
            ["Plugins:email:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Plugins:email:FromAddress"] = "marketing@cronus.example.com",
            ["Plugins:email:MaxConcurrency"] = "4",
            ["Interactions:DeliveryEnabled"] = "false",
            ["Interactions:ClaimBatchSize"] = "200",
        }).AddInMemoryCollection((settings ?? []).Select(Setting)).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddCampaignFlowStorage(configuration);
        services.AddCampaignFlowInteractions(configuration);
        var world = new BenchWorld(store, services.BuildServiceProvider(), root);
        world.SeedAsync().GetAwaiter().GetResult();
        return world;
    }

    /// <summary>A segment of <paramref name="lines"/> lines over the 1000 contacts, written with one prepared insert.</summary>
    public string CreateSegment(int lines, string templateCode, CorrespondenceType type)
    {
        var no = "SB" + (++_segments).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        using var db = Store.Open();
        db.Segments.Add(new Segment { No = no, Description = "Benchmark visitors", Date = new DateOnly(2026, 1, 20), CampaignNo = "CP0001", CampaignTarget = true, SalespersonCode = "OF", InteractionTemplateCode = templateCode });
        db.SaveChanges();
        using var transaction = db.Database.BeginTransaction();
        string[] columns = [nameof(SegmentLine.SegmentNo), nameof(SegmentLine.LineNo), nameof(SegmentLine.ContactNo), nameof(SegmentLine.ContactCompanyNo),
            nameof(SegmentLine.CampaignNo), nameof(SegmentLine.CampaignTarget), nameof(SegmentLine.CampaignResponse), nameof(SegmentLine.InteractionTemplateCode),
            nameof(SegmentLine.CostLcy), nameof(SegmentLine.DurationMin), nameof(SegmentLine.Date), nameof(SegmentLine.Description), nameof(SegmentLine.SalespersonCode),
            nameof(SegmentLine.CorrespondenceType), nameof(SegmentLine.LanguageCode), nameof(SegmentLine.InformationFlow), nameof(SegmentLine.InitiatedBy)];
        using var insert = new RowInserter(db, typeof(SegmentLine), columns);
        for (var i = 0; i < lines; i++)
        {
            insert.InsertAsync([no, (i + 1) * 10000, ContactNo(i % Contacts), "CB0000", "CP0001", true, false, templateCode, 1.5m, 1m,
                new DateOnly(2026, 1, 20), "Benchmark visitors", "OF", type, "EN", InformationFlow.Outbound, InitiatedBy.Us], CancellationToken.None).GetAwaiter().GetResult();
        }

        transaction.Commit();
        return no;
    }

    private static KeyValuePair<string, string?> Setting(string text) =>
        text.Split('=', 2) is [var key, var value] ? new(key, value) : throw new ArgumentException($"'{text}' is not key=value.", nameof(text));

    public static string ContactNo(int i) => "CB" + (i + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _services.Dispose();
        Store.Dispose();
    }

    private async Task SeedAsync()
    {
        await using var db = Store.Open();
        db.Salespeople.Add(new Salesperson { Code = "OF", Name = "Otis Falls" });
        db.Campaigns.Add(Campaign.Create("CP0001", "Salon FUTURUS"));
        var company = Contact.NewCompany("CB0000", "Futurus Ltd");
        db.Contacts.Add(company);
        for (var i = 0; i < Contacts; i++)
        {
            var person = Contact.NewPerson(ContactNo(i), $"Visitor {i + 1}", company);
            person.Email = $"visitor{i + 1}@futurus.example.com";
            person.LanguageCode = "EN";
            db.Contacts.Add(person);
        }

        await db.SaveChangesAsync();
        var templates = _services.GetRequiredService<InteractionTemplateService>();
        var bus = new InteractionTemplate { Code = "BUS", Description = "Business letter", CorrespondenceTypeDefault = CorrespondenceType.HardCopy, LanguageCodeDefault = "EN" };
        bus.Contents.Add(new InteractionTemplateContent { LanguageCode = "EN", Subject = "Thank you for visiting our stand", Body = LetterBody });
        await templates.SaveTemplateAsync(bus);
        var mail = new InteractionTemplate { Code = "MAIL", Description = "Thank-you e-mail", CorrespondenceTypeDefault = CorrespondenceType.Email, LanguageCodeDefault = "EN" };
        mail.Contents.Add(new InteractionTemplateContent { LanguageCode = "EN", Subject = "Thank you, {{contact.name}}", Body = MailBody, IsHtml = true });
        await templates.SaveTemplateAsync(mail);
    }

    private static void CopyPlugin(string id, string pluginsRoot)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CampaignFlow.sln"))) dir = dir.Parent;
        var source = new[] { "Release", "Debug" }.Select(c => Path.Combine(dir!.FullName, "artifacts", "plugins", c, id)).FirstOrDefault(Directory.Exists)
            ?? throw new InvalidOperationException($"Plugin '{id}' is not built: run `dotnet build -c Release tests/CampaignFlow.Interactions.Tests` first (it lays out artifacts/plugins/).");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(pluginsRoot, id, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
        }
    }

    /// <summary>
    /// aiosmtpd (Debian) on a free port, keeping mail in a maildir under the world's folder, or (<paramref name="keepMail"/>
    /// false) discarding it with the Sink handler, so the figure is the client's and not the maildir's file writes.
    /// </summary>
    public static Process StartSmtp(string mailRoot, int port, bool keepMail = true)
    {
        Directory.CreateDirectory(mailRoot);
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        string[] handler = keepMail ? ["aiosmtpd.handlers.Mailbox", Path.Combine(mailRoot, "mail")] : ["aiosmtpd.handlers.Sink"];
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c" }.Concat(handler)) start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                probe.Connect(System.Net.IPAddress.Loopback, port);
                return process;
            }
            catch (System.Net.Sockets.SocketException)
            {
                Thread.Sleep(100);
            }
        }

        throw new InvalidOperationException("aiosmtpd did not start");
    }
}
