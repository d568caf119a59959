using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Pricing;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Demo;

/// <summary>
/// Fills an empty store with the demo data (CRONUS-style setup, contacts in five languages, templates,
/// the campaign "Salon FUTURUS"); leaves a store that already has data as it is.
/// </summary>
public sealed class DemoDataSeeder(CampaignFlowDbContext db, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string DemoCampaignNo = "CP0001";
    public const string DemoTargetSegmentNo = "SM0001";

    public async Task<bool> EnsureAsync(CancellationToken cancellationToken = default)
    {
        if (await db.NumberSeries.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Reusing the existing data in the store");
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        AddSetup();
        var contacts = DemoContacts.Generate();
        db.Customers.AddRange(contacts.Customers);
        db.Contacts.AddRange(contacts.Contacts);
        await db.SaveChangesAsync(cancellationToken);

        var series = await db.NumberSeries.ToDictionaryAsync(s => s.Code, cancellationToken);
        series[Domain.NumberSeries.Contacts].LastNo = contacts.Contacts.Count;
        series[Domain.NumberSeries.Campaigns].LastNo = 1;
        series[Domain.NumberSeries.Segments].LastNo = 1;
        AddCampaign();
        AddTargetSegment(contacts.Contacts);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Demo data created: {Contacts} contacts, campaign {Campaign}", contacts.Contacts.Count, DemoCampaignNo);
        return true;
    }

    private void AddSetup()
    {
        db.NumberSeries.AddRange(DemoSetup.NumberSeries());
        db.Salespeople.AddRange(DemoSetup.Salespeople());
        db.Teams.Add(DemoSetup.MarketingTeam());
        db.CampaignStatuses.AddRange(DemoSetup.Statuses());
        db.JobResponsibilities.AddRange(DemoSetup.JobResponsibilities());
        db.BusinessRelations.AddRange(DemoSetup.BusinessRelations());
        db.IndustryGroups.AddRange(DemoSetup.IndustryGroups());
        db.MailingGroups.AddRange(DemoSetup.MailingGroups());
        db.Languages.AddRange(DemoSetup.LanguageRows());
        db.InteractionGroups.AddRange(DemoSetup.InteractionGroups());
        db.InteractionTemplates.AddRange(DemoTemplates.All());
        db.Items.AddRange(DemoSetup.Items());
        db.Activities.Add(DemoSetup.FollowUpActivity());
    }

    /// <summary>
    /// The trade-show visitors of CP0001 as its target segment (letters with the business letter template), so the
    /// shipped trade-show workflow's approve can activate the campaign's prices and log the segment.
    /// </summary>
    private void AddTargetSegment(IReadOnlyList<Contact> contacts)
    {
        var template = DemoTemplates.All().Single(t => t.Code == "BUS");
        var segment = new Segment
        {
            No = DemoTargetSegmentNo, Description = "Salon FUTURUS visitors", CampaignNo = DemoCampaignNo, CampaignTarget = true,
            SalespersonCode = "JO", Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        segment.ApplyTemplate(template);
        segment.CampaignNo = DemoCampaignNo;
        segment.CampaignTarget = true;
        segment.CorrespondenceTypeDefault = CorrespondenceType.HardCopy; // letters to all, whatever each contact prefers
        segment.IgnoreContactCorresType = true;
        foreach (var contact in contacts.Where(c => c.Type == ContactType.Person).OrderBy(c => c.No, StringComparer.Ordinal).Take(12))
        {
            var line = new SegmentLine { LineNo = segment.NextLineNo() };
            segment.FillLine(line, contact, template);
            segment.Lines.Add(line);
        }

        db.Segments.Add(segment);
    }

    private void AddCampaign()
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var campaign = Campaign.Create(DemoCampaignNo, "Salon FUTURUS", "PLANNED", today, today.AddMonths(2));
        campaign.SalespersonCode = "JO";
        campaign.LastDateModified = today;
        db.Campaigns.Add(campaign);
        db.CampaignSalesPrices.Add(new CampaignSalesPrice
        {
            CampaignNo = DemoCampaignNo, ItemNo = "MS-2000", UnitOfMeasureCode = "PCS", MinimumQuantity = 1, UnitPrice = 3999m,
            StartingDate = campaign.StartingDate, EndingDate = campaign.EndingDate,
        });
        db.CampaignLineDiscounts.Add(new CampaignLineDiscount
        {
            CampaignNo = DemoCampaignNo, Type = Domain.Pricing.LineDiscountType.Item, Code = "MS-RACK", UnitOfMeasureCode = "PCS",
            MinimumQuantity = 2, LineDiscountPct = 15m, StartingDate = campaign.StartingDate, EndingDate = campaign.EndingDate,
        });
    }
}
