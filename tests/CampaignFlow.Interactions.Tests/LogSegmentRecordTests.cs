using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Domain.Segments;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Tests;

/// <summary>
/// The records Log Segment writes for lines that differ from their header: each entry carries its own line's fields, the
/// entries follow the line order, each delivery row points at its entry and line, and the follow-up lines are reset.
/// </summary>
public sealed class LogSegmentRecordTests
{
    [Fact]
    public async Task Each_line_becomes_an_entry_with_its_own_fields_linked_to_its_delivery_and_follow_up_line()
    {
        await using var scenario = await Scenario.CreateAsync([]);
        var lineNo = 0;
        await scenario.CreateSegmentAsync("SM0001", "Visitors", "BUS", Scenario.Persons.Select(p => p.No), s => s.SubjectDefault = "Default subject", line =>
        {
            switch (++lineNo)
            {
                case 1: (line.Description, line.Subject, line.CampaignNo) = ("Own description", "Own subject", "CP0002"); break;
                case 2: line.CorrespondenceType = CorrespondenceType.None; break; // nothing to send
                case 3: (line.CampaignNo, line.CampaignTarget, line.Subject, line.Description) = (null, false, null, null); break;
                case 4: (line.InteractionTemplateCode, line.CostLcy) = ("RESP", 7.25m); break; // a template without content
            }
        });
        List<SegmentLine> lines;
        await using (var db = scenario.Open()) lines = await db.SegmentLines.AsNoTracking().OrderBy(l => l.LineNo).ToListAsync();

        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true, CreateFollowUpSegment = true }, "MARKETING");

        var entries = await scenario.EntriesAsync(result.LoggedSegmentEntryNo);
        Assert.Equal(lines.Select(l => (int?)l.LineNo), entries.Select(e => e.SegmentLineNo)); // ordered by entry no.
        foreach (var (line, entry) in lines.Zip(entries))
        {
            var send = line.CorrespondenceType != CorrespondenceType.None && line.InteractionTemplateCode == "BUS";
            Assert.Equal(
                (line.ContactNo, line.ContactCompanyNo, line.Date!.Value, line.Description ?? "Visitors", line.Subject ?? "Default subject",
                    line.InteractionTemplateCode, line.InteractionGroupCode, line.InformationFlow, line.InitiatedBy, line.CostLcy, line.DurationMin,
                    line.SalespersonCode, "MARKETING", line.CampaignNo, line.CampaignNo is { } c ? result.CampaignEntryNos[c] : (int?)null),
                (entry.ContactNo, entry.ContactCompanyNo, entry.Date, entry.Description, entry.Subject,
                    entry.InteractionTemplateCode, entry.InteractionGroupCode, entry.InformationFlow, entry.InitiatedBy, entry.Cost, entry.DurationMin,
                    entry.SalespersonCode, entry.UserId, entry.CampaignNo, entry.CampaignEntryNo));
            Assert.Equal(
                (line.CampaignTarget, line.CampaignResponse, "SM0001", line.CorrespondenceType, line.LanguageCode,
                    send ? DeliveryStatus.InProgress : DeliveryStatus.None, false, false),
                (entry.CampaignTarget, entry.CampaignResponse, entry.SegmentNo, entry.CorrespondenceType, entry.LanguageCode,
                    entry.DeliveryStatus, entry.Canceled, entry.Postponed));
        }

        Assert.Equal(("Own description", "Own subject", "CP0002"), (entries[0].Description, entries[0].Subject, entries[0].CampaignNo));
        Assert.Equal(("Visitors", "Default subject", null), (entries[2].Description, entries[2].Subject, entries[2].CampaignEntryNo));
        Assert.Equal(["CP0001", "CP0002"], result.CampaignEntryNos.Keys.Order());

        var deliveries = await scenario.DeliveriesAsync();
        Assert.Equal(3, result.DeliveryCount);
        Assert.Equal(
            entries.Where(e => e.DeliveryStatus == DeliveryStatus.InProgress)
                .Select(e => (result.LoggedSegmentEntryNo, e.SegmentLineNo!.Value, e.EntryNo, e.CorrespondenceType, DeliveryState.Pending, 0)),
            deliveries.Select(d => (d.LoggedSegmentEntryNo, d.LineNo, d.InteractionEntryNo, d.CorrespondenceType, d.State, d.Attempts)));

        await using (var db = scenario.Open())
        {
            var followUp = await db.SegmentLines.AsNoTracking().Where(l => l.SegmentNo == result.FollowUpSegmentNo).OrderBy(l => l.LineNo).ToListAsync();
            Assert.Equal(lines.Select(l => (l.LineNo, l.ContactNo, l.ContactCompanyNo, l.CampaignNo, l.SalespersonCode)),
                followUp.Select(l => (l.LineNo, l.ContactNo, l.ContactCompanyNo, l.CampaignNo, l.SalespersonCode)));
            Assert.All(followUp, l => Assert.Equal(
                (false, false, 0m, 0m, "Follow-up on segment SM0001", CorrespondenceType.None, InformationFlow.Outbound, InitiatedBy.Us, (string?)null),
                (l.CampaignTarget, l.CampaignResponse, l.CostLcy, l.DurationMin, l.Description, l.CorrespondenceType, l.InformationFlow, l.InitiatedBy, l.InteractionTemplateCode)));
            Assert.False(await db.SegmentLines.AnyAsync(l => l.SegmentNo == "SM0001"));
        }
    }
}
