using CampaignFlow.Campaigns.Campaigns;
using CampaignFlow.Campaigns.Eligibility;
using CampaignFlow.Campaigns.Lookup;
using CampaignFlow.Campaigns.Pricing;
using CampaignFlow.Campaigns.Statistics;
using CampaignFlow.Campaigns.Targeting;
using CampaignFlow.Domain;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Pricing;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignFlow.Campaigns.Tests;

/// <summary>
/// The seed 001 walkthrough on a real SQLite file: items MS-2000 (list 4,500) and MS-RACK (350, group SERVER);
/// company CT100 (PROS + CUST, linked to customer C10000) with person CT101; prospect company CT200 with person
/// CT201; company CT300 linked to customer C30000 (not a target). Segment SM0001 targets CT101 and CT201.
/// </summary>
public sealed class PricingWorld : IAsyncDisposable
{
    public static readonly DateOnly Start = new(2026, 3, 1);
    public static readonly DateOnly End = new(2026, 4, 30);
    public static readonly DateOnly InWindow = new(2026, 3, 15);

    private PricingWorld(TempStore store, ServiceProvider services)
    {
        Store = store;
        Services = services;
    }

    public TempStore Store { get; }
    public ServiceProvider Services { get; }
    public CampaignService Campaigns => Services.GetRequiredService<CampaignService>();
    public CampaignPricingService Pricing => Services.GetRequiredService<CampaignPricingService>();
    public CampaignActivationService Activation => Services.GetRequiredService<CampaignActivationService>();
    public PriceLookupService Lookup => Services.GetRequiredService<PriceLookupService>();
    public CampaignStatisticsService Statistics => Services.GetRequiredService<CampaignStatisticsService>();

    public static async Task<PricingWorld> CreateAsync(IDiscountEligibility? eligibility = null)
    {
        var store = await TempStore.CreateAsync();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<IDbContextFactory<CampaignFlowDbContext>>(store);
        services.AddSingleton<TimeProvider>(new FakeTimeProvider());
        if (eligibility is not null) services.AddSingleton(eligibility);
        services.AddCampaignFlowCampaigns();
        await SeedAsync(store);
        return new PricingWorld(store, services.BuildServiceProvider());
    }

    /// <summary>CP0001 "Salon FUTURUS" with the Millennium Server price and the rack discount, activated.</summary>
    public async Task<string> SalonFuturusAsync(bool activate = true)
    {
        var campaign = await Campaigns.CreateAsync(new CampaignDetails("Salon FUTURUS", Start, End, "JO"));
        await Pricing.AddPriceAsync(campaign.No, new SalesPriceDraft("MS-2000", 3999m, 1, "PCS"));
        await Pricing.AddDiscountAsync(campaign.No, new LineDiscountDraft(LineDiscountType.Item, "MS-RACK", 15m, 2, "PCS"));
        await AddTargetLinesAsync(campaign.No, "CT101", "CT201");
        if (activate) await Activation.ActivateAsync(campaign.No);
        return campaign.No;
    }

    public async Task AddTargetLinesAsync(string campaignNo, params string[] contactNos)
    {
        await using var db = Store.Open();
        var segmentNo = "SM-" + campaignNo;
        if (!await db.Segments.AnyAsync(s => s.No == segmentNo))
            db.Segments.Add(new Segment { No = segmentNo, Description = "Visiteurs du salon commercial FUTURUS", CampaignNo = campaignNo, CampaignTarget = true });
        var lineNo = await db.SegmentLines.Where(l => l.SegmentNo == segmentNo).Select(l => (int?)l.LineNo).MaxAsync() ?? 0;
        foreach (var contactNo in contactNos)
        {
            var contact = await db.Contacts.SingleAsync(c => c.No == contactNo);
            lineNo += Segment.LineNoStep;
            db.SegmentLines.Add(new SegmentLine
            {
                SegmentNo = segmentNo, LineNo = lineNo, ContactNo = contactNo, ContactCompanyNo = contact.CompanyNo,
                CampaignNo = campaignNo, CampaignTarget = true,
            });
        }
        await db.SaveChangesAsync();
    }

    public ValueTask<PriceQuote> PriceAsync(string? customerNo, string itemNo, decimal quantity, DateOnly date, string? contactNo = null, string? campaignNo = null) =>
        Lookup.LookupAsync(new PriceRequest(customerNo, contactNo, itemNo, quantity, date, CampaignNo: campaignNo));

    private static async Task SeedAsync(TempStore store)
    {
        await using var db = store.Open();
        db.NumberSeries.Add(new NumberSeries { Code = NumberSeries.Campaigns, Prefix = "CP", Digits = 4, Description = "Campaigns" });
        db.Salespeople.AddRange(new Salesperson { Code = "JO", Name = "Jim Olive" }, new Salesperson { Code = "BD", Name = "Bart Duncan", Blocked = true });
        db.BusinessRelations.AddRange(new BusinessRelation { Code = "PROS", Description = "Prospect" }, new BusinessRelation { Code = "CUST", Description = "Customer" });
        db.Items.AddRange(
            new Item { No = "MS-2000", Description = "Millennium Server", UnitPrice = 4500m, BaseUnitOfMeasure = "PCS", ItemDiscountGroup = "SERVER" },
            new Item { No = "MS-RACK", Description = "Millennium Server rack kit", UnitPrice = 350m, BaseUnitOfMeasure = "PCS", ItemDiscountGroup = "SERVER" });
        db.Customers.AddRange(
            new Customer { No = "C10000", Name = "Futurus Visitors AB", CountryRegionCode = "SE" },
            new Customer { No = "C30000", Name = "Elsewhere Ltd", CountryRegionCode = "GB" });
        var visitor = Company("CT100", "Futurus Visitors AB", "SE", ("PROS", null), ("CUST", "C10000"));
        var prospect = Company("CT200", "Prospect SARL", "FR", ("PROS", null));
        var elsewhere = Company("CT300", "Elsewhere Ltd", "GB", ("CUST", "C30000"));
        db.Contacts.AddRange(visitor, prospect, elsewhere,
            Contact.NewPerson("CT101", "Åsa Öberg", visitor), Contact.NewPerson("CT201", "Élodie Martin", prospect), Contact.NewPerson("CT301", "Tom Hill", elsewhere));
        await db.SaveChangesAsync();
    }

    private static Contact Company(string no, string name, string country, params (string Code, string? Customer)[] relations)
    {
        var company = Contact.NewCompany(no, name);
        company.CountryRegionCode = country;
        foreach (var (code, customer) in relations)
            company.BusinessRelations.Add(new ContactBusinessRelation
            {
                ContactNo = no, BusinessRelationCode = code, LinkToTable = customer is null ? BusinessRelationLink.None : BusinessRelationLink.Customer, LinkNo = customer,
            });
        return company;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Store.Dispose();
    }
}
