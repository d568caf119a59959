using CampaignFlow.Domain.Campaigns;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Sales;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// Everything needed to render a claimed batch, read in a few queries (not one per delivery). Each list of keys goes to the
/// database as one parameter (<see cref="EF.Parameter{T}"/>): spread over one parameter per key, the SQL was built and its
/// parameters bound by name for every batch.
/// </summary>
internal sealed class DeliveryContext
{
    public required Dictionary<int, EntryToDeliver> Entries { get; init; }
    public required Dictionary<string, Contact> Contacts { get; init; }
    public required Dictionary<string, Salesperson> Salespeople { get; init; }
    public required Dictionary<string, Campaign> Campaigns { get; init; }
    public required Dictionary<string, InteractionTemplate> Templates { get; init; }
    public required Dictionary<int, LoggedSegment> LoggedSegments { get; init; }

    public static async Task<DeliveryContext> LoadAsync(CampaignFlowDbContext db, IReadOnlyList<Domain.Interactions.Delivery> deliveries, CancellationToken ct)
    {
        var entryNos = deliveries.Select(d => d.InteractionEntryNo).Distinct().ToList();
        var entries = await db.InteractionLogEntries.AsNoTracking().Where(e => EF.Parameter(entryNos).Contains(e.EntryNo))
            .Select(e => new EntryToDeliver(e.EntryNo, e.ContactNo, e.ContactCompanyNo, e.Date, e.SalespersonCode, e.CampaignNo, e.SegmentNo,
                e.InteractionTemplateCode, e.LanguageCode, e.Description, e.Subject, e.Canceled))
            .ToDictionaryAsync(e => e.EntryNo, ct);
        var contactNos = entries.Values.Select(e => e.ContactNo).Concat(entries.Values.Where(e => e.ContactCompanyNo != null).Select(e => e.ContactCompanyNo!)).Distinct().ToList();
        var spCodes = entries.Values.Where(e => e.SalespersonCode != null).Select(e => e.SalespersonCode!).Distinct().ToList();
        var campaignNos = entries.Values.Where(e => e.CampaignNo != null).Select(e => e.CampaignNo!).Distinct().ToList();
        var templateCodes = entries.Values.Where(e => e.InteractionTemplateCode != null).Select(e => e.InteractionTemplateCode!).Distinct().ToList();
        var loggedNos = deliveries.Select(d => d.LoggedSegmentEntryNo).Distinct().ToList();
        return new DeliveryContext
        {
            Entries = entries,
            Contacts = await db.Contacts.AsNoTracking().Where(c => EF.Parameter(contactNos).Contains(c.No)).ToDictionaryAsync(c => c.No, StringComparer.Ordinal, ct),
            Salespeople = await db.Salespeople.AsNoTracking().Where(s => EF.Parameter(spCodes).Contains(s.Code)).ToDictionaryAsync(s => s.Code, StringComparer.Ordinal, ct),
            Campaigns = await db.Campaigns.AsNoTracking().Where(c => EF.Parameter(campaignNos).Contains(c.No)).ToDictionaryAsync(c => c.No, StringComparer.Ordinal, ct),
            Templates = await db.InteractionTemplates.AsNoTracking().Include(t => t.Contents).Where(t => EF.Parameter(templateCodes).Contains(t.Code)).ToDictionaryAsync(t => t.Code, StringComparer.Ordinal, ct),
            LoggedSegments = await db.LoggedSegments.AsNoTracking().Where(l => EF.Parameter(loggedNos).Contains(l.EntryNo)).ToDictionaryAsync(l => l.EntryNo, ct),
        };
    }
}
