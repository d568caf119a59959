using System.Globalization;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Storage;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Phone;

/// <summary>
/// Records a call outcome as a new interaction log entry (a phone interaction with the contact, copying campaign, campaign
/// entry, segment and template from the interaction that asked for the call); a Response outcome sets Campaign Response.
/// </summary>
public sealed class StoreInteractionOutcomeRecorder(IDbContextFactory<CampaignFlowDbContext> contexts) : IInteractionOutcomeRecorder
{
    public async Task<int> RecordAsync(InteractionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var original = outcome.InteractionEntryNo > 0
            ? await db.InteractionLogEntries.AsNoTracking().SingleOrDefaultAsync(e => e.EntryNo == outcome.InteractionEntryNo, cancellationToken)
            : null;
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.No == outcome.ContactNo, cancellationToken)
            ?? throw new Domain.DomainException(nameof(Contact), outcome.ContactNo, null, "no such contact.");
        var local = outcome.OccurredAt.ToLocalTime();
        var description = $"Call outcome: {outcome.Outcome}" + (string.IsNullOrWhiteSpace(outcome.Note) ? "" : $" – {outcome.Note}");
        var entry = new InteractionLogEntry
        {
            ContactNo = contact.No,
            ContactCompanyNo = contact.CompanyNo,
            Date = DateOnly.FromDateTime(local.DateTime),
            Time = TimeOnly.FromDateTime(local.DateTime),
            Description = description.Length <= 100 ? description : description[..100],
            Subject = original?.Subject,
            InteractionTemplateCode = original?.InteractionTemplateCode,
            InteractionGroupCode = original?.InteractionGroupCode,
            InformationFlow = InformationFlow.Outbound,
            InitiatedBy = InitiatedBy.Us,
            SalespersonCode = outcome.SalespersonCode ?? original?.SalespersonCode,
            CampaignNo = outcome.CampaignNo ?? original?.CampaignNo,
            CampaignEntryNo = original?.CampaignEntryNo,
            CampaignResponse = outcome.IsCampaignResponse,
            SegmentNo = original?.SegmentNo,
            LoggedSegmentEntryNo = original?.LoggedSegmentEntryNo,
            CorrespondenceType = CorrespondenceType.Phone,
            LanguageCode = original?.LanguageCode,
            DeliveryStatus = Domain.Interactions.DeliveryStatus.None,
            DeliveryExternalId = outcome.DeliveryId == default ? null : outcome.DeliveryId.ToString(),
        };
        if (entry.CampaignResponse && entry.CampaignNo is null)
            throw new Domain.DomainException(nameof(InteractionLogEntry), outcome.DeliveryId.ToString(), nameof(InteractionLogEntry.CampaignResponse),
                string.Create(CultureInfo.InvariantCulture, $"a response outcome needs a campaign (contact {contact.No})."));
        db.InteractionLogEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry.EntryNo;
    }
}
