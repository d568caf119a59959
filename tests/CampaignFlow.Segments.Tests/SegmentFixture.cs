using System.Text.Json;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Rules;
using CampaignFlow.Rules.Filters;
using CampaignFlow.Rules.Loading;
using CampaignFlow.Segments.Filters;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Segments.Tests;

/// <summary>
/// A real SQLite store with demo-like contacts (the seed 001 walkthrough's cast): companies with PROS / CUST
/// relations, persons with PURCHASE or SALES, one excluded person, one person without a company.
/// </summary>
public sealed class SegmentFixture : IAsyncDisposable
{
    private SegmentFixture(TempStore store)
    {
        Store = store;
        var path = Path.Combine(AppContext.BaseDirectory, "rules", "segments", "segment-walkthrough.json");
        Catalog = new SegmentRuleCatalog(RuleFileLoader.Load(path).Workflows);
        Compiler = new RulesContactFilterCompiler(new RuleFilterCompiler(new RulesOptions()), Catalog);
        Service = NewService();
    }

    public TempStore Store { get; }
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public SegmentRuleCatalog Catalog { get; }
    public IContactFilterCompiler Compiler { get; }
    public SegmentService Service { get; }

    public static readonly SegmentFilter Purchase = SegmentFilter.Rule("Segments.Walkthrough", "Purchase");
    public static readonly SegmentFilter Prospects = SegmentFilter.Rule("Segments.Walkthrough", "Prospects");
    public static readonly SegmentFilter Customers = SegmentFilter.Rule("Segments.Walkthrough", "Customers");

    public static async Task<SegmentFixture> CreateAsync()
    {
        var fixture = new SegmentFixture(await TempStore.CreateAsync());
        await fixture.SeedAsync();
        return fixture;
    }

    /// <summary>A second service on the same store: another user / another host.</summary>
    public SegmentService NewService() =>
        new(Store, Compiler, Clock, Microsoft.Extensions.Options.Options.Create(new SegmentsOptions()));

    private async Task SeedAsync()
    {
        await using var db = Store.Open();
        db.NumberSeries.Add(new NumberSeries { Code = NumberSeries.Segments, Prefix = "SM", Digits = 4 });
        db.JobResponsibilities.AddRange(new JobResponsibility { Code = "PURCHASE", Description = "Purchase" }, new JobResponsibility { Code = "SALES", Description = "Sales" });
        db.BusinessRelations.AddRange(new BusinessRelation { Code = "PROS", Description = "Prospect" }, new BusinessRelation { Code = "CUST", Description = "Customer" });
        db.Languages.AddRange(new Language { Code = "EN", Description = "English" }, new Language { Code = "DA", Description = "Danish" }, new Language { Code = "FR", Description = "French" });
        db.Salespeople.AddRange(new Salesperson { Code = "JO", Name = "John Roberts" }, new Salesperson { Code = "OLD", Name = "Old Timer", Blocked = true });
        db.Campaigns.Add(Campaign.Create("CP0001", "Salon FUTURUS"));
        db.InteractionTemplates.Add(new InteractionTemplate
        {
            Code = "BUS", Description = "Business letter", UnitCost = 2.5m, UnitDurationMin = 3, LanguageCodeDefault = "EN",
            CorrespondenceTypeDefault = CorrespondenceType.HardCopy,
            Contents = [new() { TemplateCode = "BUS", LanguageCode = "EN", Subject = "Thanks", Body = "Hi" }, new() { TemplateCode = "BUS", LanguageCode = "DA", Subject = "Tak", Body = "Hej" }],
        });
        db.InteractionTemplates.Add(new InteractionTemplate
        {
            Code = "RESP", Description = "Campaign responses", CampaignNo = "CP0001", CampaignResponse = true, InformationFlow = InformationFlow.Inbound, InitiatedBy = InitiatedBy.Them,
        });

        var alpha = Company("CT100", "Alpha Corp", "PROS", "JO");
        var beta = Company("CT200", "Beta Ltd", "CUST", null);
        var gamma = Company("CT300", "Gamma SA", "PROS", null);
        var alpha2 = Company("CT050", "Alpha Corp", null, null); // same name, smaller No.: sorts first
        db.Contacts.AddRange(alpha, beta, gamma, alpha2);
        db.Contacts.AddRange(
            Person("CT101", "Anna Alder", alpha, "PURCHASE", "DA", CorrespondenceType.Email),
            Person("CT102", "Bob Brown", alpha, "SALES", "EN", CorrespondenceType.None),
            Person("CT103", "Aaron Ash", alpha, "PURCHASE", "FR", CorrespondenceType.None),
            Person("CT201", "Carl Clark", beta, "PURCHASE", "EN", CorrespondenceType.HardCopy),
            Person("CT202", "Dina Dane", beta, "PURCHASE", null, CorrespondenceType.None),
            Person("CT301", "Eve Eden", gamma, "PURCHASE", "EN", CorrespondenceType.Email, exclude: true),
            Person("CT302", "Finn Frost", gamma, "SALES", "EN", CorrespondenceType.Email),
            Person("CT051", "Zoe Zed", alpha2, "PURCHASE", "EN", CorrespondenceType.None),
            Person("CT400", "Gus Gray", null, "PURCHASE", "EN", CorrespondenceType.Email));
        await db.SaveChangesAsync();
    }

    private static Contact Company(string no, string name, string? relation, string? salesperson)
    {
        var company = Contact.NewCompany(no, name);
        company.SalespersonCode = salesperson;
        company.LanguageCode = "EN";
        if (relation is not null) company.BusinessRelations.Add(new ContactBusinessRelation { ContactNo = no, BusinessRelationCode = relation });
        return company;
    }

    private static Contact Person(string no, string name, Contact? company, string job, string? language, CorrespondenceType correspondence, bool exclude = false)
    {
        var person = Contact.NewPerson(no, name, company);
        person.LanguageCode = language;
        person.CorrespondenceType = correspondence;
        person.ExcludeFromSegment = exclude;
        person.SalespersonCode = "JO";
        person.JobResponsibilities.Add(new ContactJobResponsibility { ContactNo = no, JobResponsibilityCode = job });
        return person;
    }

    public async Task<List<string>> ContactsOfAsync(string segmentNo)
    {
        await using var db = Store.Open();
        return await db.SegmentLines.Where(l => l.SegmentNo == segmentNo).OrderBy(l => l.LineNo).Select(l => l.ContactNo).ToListAsync();
    }

    /// <summary>Everything stored about a segment (header, lines, criteria, history), to prove a failed call changed nothing.</summary>
    public async Task<string> SnapshotAsync(string segmentNo)
    {
        await using var db = Store.Open();
        var state = new
        {
            Header = await db.Segments.AsNoTracking().Where(s => s.No == segmentNo).Select(s => new { s.No, s.Description, s.Version, s.CampaignNo, s.CampaignTarget, s.SalespersonCode, s.InteractionTemplateCode }).ToListAsync(),
            Lines = await db.SegmentLines.AsNoTracking().Where(l => l.SegmentNo == segmentNo).OrderBy(l => l.LineNo).ToListAsync(),
            Criteria = await db.SegmentCriteriaActions.AsNoTracking().Where(a => a.SegmentNo == segmentNo).OrderBy(a => a.ActionNo).ToListAsync(),
            History = await db.SegmentHistory.AsNoTracking().Where(h => h.SegmentNo == segmentNo).OrderBy(h => h.Id).ToListAsync(),
        };
        return JsonSerializer.Serialize(state);
    }

    /// <summary>All lines of a segment with every field, as text.</summary>
    public async Task<string> SnapshotLinesAsync(string segmentNo)
    {
        await using var db = Store.Open();
        return JsonSerializer.Serialize(await db.SegmentLines.AsNoTracking().Where(l => l.SegmentNo == segmentNo).OrderBy(l => l.LineNo).ToListAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Task.CompletedTask;
        Store.Dispose();
    }
}
