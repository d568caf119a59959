using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;
using CampaignFlow.Interactions.Logging;
using CampaignFlow.Interactions.Tests.Support;
using CampaignFlow.Testing;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Interactions.Tests;

/// <summary>Seed 001's walkthrough: letters, e-mails and campaign responses, through the real plugins.</summary>
public sealed class WalkthroughTests
{
    private static readonly string[] AllPersons = Scenario.Persons.Select(p => p.No).ToArray();

    [Fact]
    public async Task Letters_are_logged_then_printed_one_pdf_per_contact_in_its_language_plus_the_print_batch()
    {
        await using var scenario = await Scenario.CreateAsync(["letter"]);
        await scenario.CreateSegmentAsync("SM0001", "Visiteurs du salon commercial FUTURUS", "BUS", AllPersons, s => s.SubjectDefault = "Merci de votre visite au salon");

        var result = await scenario.Logger.LogAsync("SM0001", new LogSegmentOptions { SendAttachments = true, CreateFollowUpSegment = true }, "MARKETING");

        Assert.Equal(5, result.InteractionCount);
        Assert.Equal(5, result.DeliveryCount);
        Assert.Equal(["CP0001"], result.CampaignEntryNos.Keys);
        Assert.Equal("SM0101", result.FollowUpSegmentNo);
        var counts = await scenario.CountsAsync();
        Assert.Equal(new Scenario.TableCounts(1, 1, 5, 5, 1, 5, 0), counts); // SM0001 gone, its follow-up has the 5 contacts
        await using (var db = scenario.Open())
        {
            var followUp = await db.Segments.Include(s => s.Lines).SingleAsync();
            Assert.Equal("Follow-up on segment SM0001", followUp.Description);
            Assert.Equal("CP0001", followUp.CampaignNo);
            Assert.Equal(AllPersons, followUp.Lines.OrderBy(l => l.LineNo).Select(l => l.ContactNo));
            Assert.All(followUp.Lines, l => Assert.Equal("CP0001", l.CampaignNo));
            var campaignEntry = await db.CampaignEntries.SingleAsync();
            Assert.Equal((result.LoggedSegmentEntryNo, "SM0001", "MARKETING"), (campaignEntry.RegisterNo!.Value, campaignEntry.SegmentNo!, campaignEntry.UserId!));
        }

        var summary = await scenario.Delivery.RunUntilEmptyAsync(2);
        Assert.Equal(5, summary.Delivered);

        var entries = await scenario.EntriesAsync(result.LoggedSegmentEntryNo);
        Assert.Equal(5, entries.Count);
        foreach (var entry in entries)
        {
            var person = Scenario.Persons.Single(p => p.No == entry.ContactNo);
            Assert.Equal((DeliveryStatus.Delivered, CorrespondenceType.HardCopy, person.Language, "CP0001", true, "SM0001"),
                (entry.DeliveryStatus, entry.CorrespondenceType, entry.LanguageCode, entry.CampaignNo, entry.CampaignTarget, entry.SegmentNo));
            Assert.Equal(result.CampaignEntryNos["CP0001"], entry.CampaignEntryNo);
            Assert.Equal("BUS", entry.InteractionTemplateCode);
            Assert.Equal(1.5m, entry.Cost);
            Assert.True(File.Exists(entry.AttachmentReference), entry.AttachmentReference);
            var text = Pdf.ToText(entry.AttachmentReference!);
            Assert.Contains($"{Scenario.Greetings[person.Language]} {person.Name}", text, StringComparison.Ordinal);
            Assert.Contains("Salon FUTURUS", text, StringComparison.Ordinal);
            Assert.Contains("Otis Falls", text, StringComparison.Ordinal);
        }

        var printBatch = Path.Combine(scenario.LetterFolder, "LS00000001.print-0001.pdf");
        Assert.True(File.Exists(printBatch));
        Assert.Equal(5, Pdf.PageCount(printBatch));
        var batchText = Pdf.ToText(printBatch);
        Assert.All(Scenario.Persons, p => Assert.Contains(p.Name, batchText, StringComparison.Ordinal));
        Assert.All(await scenario.DeliveriesAsync(), d => Assert.Equal((DeliveryState.Delivered, 1), (d.State, d.Attempts)));
    }

    [Fact]
    public async Task Emails_reach_a_real_smtp_server_once_each_in_the_contacts_language_with_html_escaped()
    {
        var root = Path.Combine(Path.GetTempPath(), "cf-smtp-" + Guid.NewGuid().ToString("N"));
        await using var smtp = await SmtpServer.StartAsync(root);
        await using var scenario = await Scenario.CreateAsync(["email"], new() { ["Plugins:email:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        await using (var db = scenario.Open())
        {
            var anne = await db.Contacts.SingleAsync(c => c.No == "CT102");
            anne.Name = "Anne <b>Dubois</b> & Co";
            await db.SaveChangesAsync();
        }

        await scenario.CreateSegmentAsync("SM0002", "Visiteurs du salon commercial FUTURUS", "MAIL", ["CT101", "CT102", "CT103"], s => s.SubjectDefault = "Merci de votre visite au salon");
        var result = await scenario.Logger.LogAsync("SM0002", new LogSegmentOptions { SendAttachments = true, CreateFollowUpSegment = true }, "MARKETING");
        Assert.Equal(3, result.DeliveryCount);

        var first = await scenario.Delivery.RunUntilEmptyAsync(2);
        var second = await scenario.Delivery.RunUntilEmptyAsync(2);
        Assert.Equal((3, 0), (first.Delivered, second.Processed));

        var mails = smtp.Received();
        Assert.Equal(3, mails.Count);
        Assert.Equal(3, mails.Select(m => m.Delivery).Distinct().Count());
        var anneMail = mails.Single(m => m.To.Contains("anne.dubois", StringComparison.Ordinal));
        Assert.Equal("Merci, Anne <b>Dubois</b> & Co", anneMail.Subject); // a subject is plain text: not escaped
        Assert.True(anneMail.Html!.Contains("Madame, Monsieur Anne &lt;b&gt;Dubois&lt;/b&gt; &amp; Co", StringComparison.Ordinal), anneMail.Html);
        Assert.Contains("Madame, Monsieur Anne <b>Dubois</b> & Co", anneMail.Text, StringComparison.Ordinal);
        var john = mails.Single(m => m.To.Contains("john.smith", StringComparison.Ordinal));
        Assert.Contains("Dear John Smith", john.Html, StringComparison.Ordinal);
        var sven = mails.Single(m => m.To.Contains("sven.larsson", StringComparison.Ordinal));
        Assert.Contains("Dear Sven Larsson", sven.Html, StringComparison.Ordinal); // no SV content: the default language (EN)

        var entries = await scenario.EntriesAsync(result.LoggedSegmentEntryNo);
        Assert.All(entries, e => Assert.Equal(DeliveryStatus.Delivered, e.DeliveryStatus));
        Assert.All(entries, e => Assert.Contains(e.DeliveryExternalId!.Split('.')[0], mails.Select(m => m.Delivery)));
        Assert.Equal(["EN", "FR", "EN"], entries.Select(e => e.LanguageCode));
    }

    [Fact]
    public async Task Registering_responses_logs_the_interactions_with_campaign_response_and_a_campaign_entry_without_sending()
    {
        await using var scenario = await Scenario.CreateAsync(["letter"]);
        await scenario.CreateSegmentAsync("SM0003", "Réponses au salon FUTURUS", "RESP", ["CT102", "CT104"], s => s.CampaignNo = "CP0001");

        var result = await scenario.Logger.LogAsync("SM0003", new LogSegmentOptions { SendAttachments = false }, "MARKETING");

        Assert.Equal((2, 0, null), (result.InteractionCount, result.DeliveryCount, result.FollowUpSegmentNo));
        var entries = await scenario.EntriesAsync(result.LoggedSegmentEntryNo);
        Assert.All(entries, e =>
        {
            Assert.True(e.CampaignResponse);
            Assert.False(e.CampaignTarget);
            Assert.Equal(("CP0001", "RESP", InformationFlow.Inbound, InitiatedBy.Them, DeliveryStatus.None), (e.CampaignNo, e.InteractionTemplateCode, e.InformationFlow, e.InitiatedBy, e.DeliveryStatus));
            Assert.Equal(result.CampaignEntryNos["CP0001"], e.CampaignEntryNo);
        });
        await using var db = scenario.Open();
        var campaignEntry = await db.CampaignEntries.SingleAsync();
        Assert.Equal(("CP0001", "Réponses au salon FUTURUS", "SM0003"), (campaignEntry.CampaignNo, campaignEntry.Description, campaignEntry.SegmentNo));
        Assert.Empty(await db.Deliveries.ToListAsync());
        Assert.Empty(await db.Segments.ToListAsync());
    }
}
