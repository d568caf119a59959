using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Interactions.Tests.Support;

/// <summary>The walkthrough's templates (the demo's BUS letter in five languages, RESP, CALL) plus an HTML e-mail.</summary>
public static class TestTemplates
{
    private static readonly (string Language, string Subject, string Body)[] BusinessLetter =
    [
        ("EN", "Thank you for visiting our stand", "Dear {{contact.name}},\n\nThank you for visiting our stand at {{campaign.description}}.\n\nKind regards,\n{{salesperson.name}}"),
        ("FR", "Merci de votre visite au salon", "Madame, Monsieur {{contact.name}},\n\nNous vous remercions de votre visite au {{campaign.description}}.\n\nCordialement,\n{{salesperson.name}}"),
        ("SV", "Tack för ditt besök i vår monter", "Hej {{contact.name}},\n\nTack för att du besökte vår monter på {{campaign.description}}.\n\nMed vänliga hälsningar,\n{{salesperson.name}}"),
        ("NL", "Bedankt voor uw bezoek aan onze stand", "Geachte {{contact.name}},\n\nHartelijk dank voor uw bezoek aan {{campaign.description}}.\n\nMet vriendelijke groet,\n{{salesperson.name}}"),
        ("NB", "Takk for besøket på standen vår", "Hei {{contact.name}},\n\nTakk for at du besøkte standen vår på {{campaign.description}}.\n\nVennlig hilsen\n{{salesperson.name}}"),
    ];

    public static IEnumerable<InteractionTemplate> All()
    {
        var bus = new InteractionTemplate
        {
            Code = "BUS", Description = "Business letter", InteractionGroupCode = "LETTER", UnitCost = 1.5m, UnitDurationMin = 1,
            CorrespondenceTypeDefault = CorrespondenceType.HardCopy, LanguageCodeDefault = "EN",
        };
        foreach (var (language, subject, body) in BusinessLetter)
            bus.Contents.Add(new InteractionTemplateContent { LanguageCode = language, Subject = subject, Body = body });
        yield return bus;

        var mail = new InteractionTemplate
        {
            Code = "MAIL", Description = "Thank-you e-mail", InteractionGroupCode = "LETTER", UnitCost = 0.1m,
            CorrespondenceTypeDefault = CorrespondenceType.Email, IgnoreContactCorresType = true, LanguageCodeDefault = "EN",
        };
        mail.Contents.Add(new InteractionTemplateContent
        {
            LanguageCode = "EN", Subject = "Thank you, {{contact.name}}", IsHtml = true,
            Body = "<p>Dear {{contact.name}},</p><p>thank you for visiting us at {{campaign.description}}.</p><p>{{salesperson.name}}</p>",
        });
        mail.Contents.Add(new InteractionTemplateContent
        {
            LanguageCode = "FR", Subject = "Merci, {{contact.name}}", IsHtml = true,
            Body = "<p>Madame, Monsieur {{contact.name}},</p><p>merci de votre visite au {{campaign.description}}.</p><p>{{salesperson.name}}</p>",
        });
        yield return mail;

        yield return new InteractionTemplate
        {
            Code = "RESP", Description = "Campaign responses", InteractionGroupCode = "RESPONSE",
            InformationFlow = InformationFlow.Inbound, InitiatedBy = InitiatedBy.Them, CampaignResponse = true,
        };

        var call = new InteractionTemplate
        {
            Code = "CALL", Description = "Follow-up call", UnitCost = 4m, UnitDurationMin = 10,
            CorrespondenceTypeDefault = CorrespondenceType.Phone, IgnoreContactCorresType = true, LanguageCodeDefault = "EN",
        };
        call.Contents.Add(new InteractionTemplateContent
        {
            LanguageCode = "EN", Subject = "Follow-up call about {{campaign.description}}",
            Body = "Call {{contact.name}} ({{company.name}}) on {{contact.phoneNo}}: ask how they liked {{campaign.description}}.",
        });
        yield return call;
    }
}
