using CampaignFlow.Interactions.Templates;
using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// Renders one delivery: the template content in the entry's language (falling back to the template's default), merged
/// with the contact, company, salesperson, campaign, segment and date. The subject is the rendered template subject, else
/// the segment's subject.
/// </summary>
internal sealed class ChannelMessageFactory(TemplateRenderer renderer)
{
    /// <summary>The message, or the reason it cannot be made (a permanent failure).</summary>
    public (ChannelMessage? Message, string? Error) Create(Domain.Interactions.Delivery delivery, EntryToDeliver entry, ChannelKind kind, string batchId, DeliveryContext data)
    {
        if (!data.Contacts.TryGetValue(entry.ContactNo, out var contact))
            return (null, $"Contact '{entry.ContactNo}' no longer exists.");
        if (entry.InteractionTemplateCode is null || !data.Templates.TryGetValue(entry.InteractionTemplateCode, out var template))
            return (null, $"Interaction template '{entry.InteractionTemplateCode}' no longer exists.");
        var content = template.ContentFor(entry.LanguageCode);
        if (content is null)
            return (null, $"Interaction template '{template.Code}' has no content to send.");
        var company = entry.ContactCompanyNo is { } companyNo && companyNo != contact.No ? data.Contacts.GetValueOrDefault(companyNo) : contact.Type == Domain.Contacts.ContactType.Company ? contact : null;
        var salesperson = entry.SalespersonCode is { } sp ? data.Salespeople.GetValueOrDefault(sp) : null;
        var campaign = entry.CampaignNo is { } cp ? data.Campaigns.GetValueOrDefault(cp) : null;
        var logged = data.LoggedSegments.GetValueOrDefault(delivery.LoggedSegmentEntryNo);
        var model = MergeModel.Create(contact, company, salesperson, campaign, entry.SegmentNo, logged?.Description ?? entry.Description, entry.Subject, entry.Date);
        RenderedContent rendered;
        try
        {
            rendered = renderer.Render(content, model);
        }
        catch (TemplateSyntaxException ex)
        {
            return (null, ex.Message);
        }

        var subject = !string.IsNullOrWhiteSpace(rendered.Subject) ? rendered.Subject : entry.Subject ?? template.Description;
        return (new ChannelMessage
        {
            Id = new DeliveryId(delivery.LoggedSegmentEntryNo, delivery.LineNo),
            BatchId = batchId,
            Kind = kind,
            InteractionEntryNo = entry.EntryNo,
            ContactNo = contact.No,
            ContactName = contact.Name,
            ContactEmail = contact.Email,
            ContactPhone = contact.PhoneNo,
            ContactAddress = new PostalAddress { Address = contact.Address, PostCode = contact.PostCode, City = contact.City, CountryRegionCode = contact.CountryRegionCode },
            LanguageCode = content.LanguageCode,
            SalespersonCode = salesperson?.Code ?? entry.SalespersonCode,
            SalespersonName = salesperson?.Name,
            SalespersonEmail = salesperson?.Email,
            CampaignNo = entry.CampaignNo,
            CampaignDescription = campaign?.Description,
            Subject = subject,
            BodyText = rendered.BodyText,
            BodyHtml = rendered.BodyHtml,
            Properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["templateCode"] = template.Code,
                ["segmentNo"] = entry.SegmentNo ?? "",
                ["deliveryKey"] = delivery.Key,
            },
        }, null);
    }
}
