using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Outbox;
using CampaignFlow.Interactions.Templates;
using CampaignFlow.Storage;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Interactions.Tests.Support;

/// <summary>
/// The walkthrough's world on a real SQLite file: CRONUS salespeople, campaign CP0001 "Salon FUTURUS", contacts in five
/// languages, templates BUS (letter), MAIL (HTML e-mail), RESP and CALL, and the real plugins loaded from a plugins folder.
/// Settings "Storage:Provider" = "PostgreSql" and "Storage:ConnectionString" put the records on PostgreSQL instead (the
/// temp folder still holds the plugins and the letters).
/// </summary>
public sealed class Scenario : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private Scenario(TempStore store, string root, ServiceProvider services)
    {
        Store = store;
        Root = root;
        _services = services;
    }

    public TempStore Store { get; }
    public string Root { get; }
    public string LetterFolder => Path.Combine(Root, "letters");
    public IServiceProvider Services => _services;
    public LogSegmentService Logger => _services.GetRequiredService<LogSegmentService>();
    public DeliveryProcessor Delivery => _services.GetRequiredService<DeliveryProcessor>();
    public InteractionLogService Log => _services.GetRequiredService<InteractionLogService>();
    public InteractionTemplateService Templates => _services.GetRequiredService<InteractionTemplateService>();

    /// <summary>The plugin settings a scenario starts with (letter output in the temp folder, AGPL PDFsharp).</summary>
    public static Dictionary<string, string?> PluginSettings(string root) => new()
    {
        ["Plugins:Path"] = Path.Combine(root, "plugins"),
        ["Plugins:letter:OutputFolder"] = Path.Combine(root, "letters"),
        ["Plugins:letter:PdfSharpLicense"] = "AGPL", // the tests run PDFsharp under the AGPL; the product's choice is configuration
        ["Plugins:email:Host"] = "127.0.0.1",
        ["Plugins:email:Port"] = "1",
        ["Plugins:email:FromAddress"] = "marketing@cronus.example.com",
    };

    public static async Task<Scenario> CreateAsync(string[] plugins, Dictionary<string, string?>? settings = null)
    {
        var store = await TempStore.CreateAsync();
        var root = Path.Combine(store.Directory, "run");
        Directory.CreateDirectory(Path.Combine(root, "plugins"));
        foreach (var plugin in plugins) PluginFolders.Copy(Path.Combine(root, "plugins"), plugin);
        var all = PluginSettings(root);
        all["Storage:SqlitePath"] = store.FilePath;
        all["Interactions:DeliveryEnabled"] = "false";
        all["Interactions:RetryBaseDelay"] = "00:00:00.050";
        all["Interactions:PollInterval"] = "00:00:00.050";
        foreach (var (key, value) in settings ?? []) all[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddCampaignFlowStorage(configuration);
        services.AddCampaignFlowInteractions(configuration);
        var scenario = new Scenario(store, root, services.BuildServiceProvider());
        if (configuration["Storage:Provider"] is { } provider && provider != nameof(StorageProvider.Sqlite))
            await scenario._services.GetRequiredService<StoreInitializer>().InitializeAsync();
        await scenario.SeedAsync();
        return scenario;
    }

    /// <summary>A context on the scenario's store (the SQLite file, or PostgreSQL when configured).</summary>
    public CampaignFlowDbContext Open() => _services.GetRequiredService<IDbContextFactory<CampaignFlowDbContext>>().CreateDbContext();

    public static readonly (string No, string Name, string Language, string Email)[] Persons =
    [
        ("CT101", "John Smith", "EN", "john.smith@futurus.example.com"),
        ("CT102", "Anne Dubois", "FR", "anne.dubois@futurus.example.com"),
        ("CT103", "Sven Larsson", "SV", "sven.larsson@futurus.example.com"),
        ("CT104", "Pieter de Vries", "NL", "pieter.devries@futurus.example.com"),
        ("CT105", "Kari Nordmann", "NB", "kari.nordmann@futurus.example.com"),
    ];

    /// <summary>The letter greeting each language's BUS content starts with.</summary>
    public static readonly Dictionary<string, string> Greetings = new()
    {
        ["EN"] = "Dear", ["FR"] = "Madame, Monsieur", ["SV"] = "Hej", ["NL"] = "Geachte", ["NB"] = "Hei",
    };

    private async Task SeedAsync()
    {
        await using var db = Open();
        db.NumberSeries.Add(new NumberSeries { Code = NumberSeries.Segments, Prefix = "SM", Digits = 4, LastNo = 100, Description = "Segments" });
        db.Salespeople.AddRange(new Salesperson { Code = "OF", Name = "Otis Falls", Email = "otis@cronus.example.com" }, new Salesperson { Code = "JR", Name = "John Roberts" });
        db.Campaigns.Add(Campaign.Create("CP0001", "Salon FUTURUS", null, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)));
        db.Campaigns.Add(Campaign.Create("CP0002", "Spring mailing"));
        db.InteractionGroups.AddRange(new InteractionGroup { Code = "LETTER", Description = "Letters" }, new InteractionGroup { Code = "RESPONSE", Description = "Responses" });
        var company = Contact.NewCompany("CT100", "Futurus Ltd");
        company.Email = "info@futurus.example.com";
        db.Contacts.Add(company);
        foreach (var (no, name, language, email) in Persons)
        {
            var person = Contact.NewPerson(no, name, company);
            person.LanguageCode = language;
            person.Email = email;
            person.PhoneNo = "+44 20 7946 0" + no[^3..];
            person.SalespersonCode = "OF";
            person.CorrespondenceType = CorrespondenceType.HardCopy;
            person.Address = "Futurus Street " + no[^1];
            person.City = "London";
            db.Contacts.Add(person);
        }

        var noMail = Contact.NewPerson("CT109", "Nils Nomail", company);
        noMail.CorrespondenceType = CorrespondenceType.Email;
        db.Contacts.Add(noMail);
        await db.SaveChangesAsync();
        foreach (var template in TestTemplates.All()) await Templates.SaveTemplateAsync(template);
    }

    /// <summary>A segment like the walkthrough's: header, template chosen, one line per contact filled as DOMAIN.md says.</summary>
    public async Task<string> CreateSegmentAsync(string no, string description, string? templateCode, IEnumerable<string> contactNos, Action<Segment>? header = null, Action<SegmentLine>? line = null)
    {
        await using var db = Open();
        var template = templateCode is null ? null : await db.InteractionTemplates.Include(t => t.Contents).SingleAsync(t => t.Code == templateCode);
        var segment = new Segment { No = no, Description = description, Date = new DateOnly(2026, 1, 20), CampaignNo = "CP0001", CampaignTarget = true, SalespersonCode = "OF" };
        segment.ApplyTemplate(template);
        segment.CampaignNo ??= "CP0001";
        segment.CampaignTarget = !segment.CampaignResponse;
        header?.Invoke(segment);
        var lineNo = 0;
        foreach (var contactNo in contactNos)
        {
            var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.No == contactNo);
            var segmentLine = new SegmentLine { LineNo = lineNo += Segment.LineNoStep };
            segment.FillLine(segmentLine, contact, template);
            line?.Invoke(segmentLine);
            segment.Lines.Add(segmentLine);
        }

        db.Segments.Add(segment);
        await db.SaveChangesAsync();
        return no;
    }

    public async Task<TableCounts> CountsAsync()
    {
        await using var db = Open();
        return new TableCounts(await db.LoggedSegments.CountAsync(), await db.CampaignEntries.CountAsync(), await db.InteractionLogEntries.CountAsync(),
            await db.Deliveries.CountAsync(), await db.Segments.CountAsync(), await db.SegmentLines.CountAsync(), await db.Tasks.CountAsync());
    }

    public async Task<List<InteractionLogEntry>> EntriesAsync(int loggedSegmentEntryNo)
    {
        await using var db = Open();
        return await db.InteractionLogEntries.AsNoTracking().Where(e => e.LoggedSegmentEntryNo == loggedSegmentEntryNo).OrderBy(e => e.EntryNo).ToListAsync();
    }

    public async Task<List<Domain.Interactions.Delivery>> DeliveriesAsync()
    {
        await using var db = Open();
        return await db.Deliveries.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Store.Dispose();
    }

    public sealed record TableCounts(int LoggedSegments, int CampaignEntries, int Interactions, int Deliveries, int Segments, int SegmentLines, int Tasks);
}
