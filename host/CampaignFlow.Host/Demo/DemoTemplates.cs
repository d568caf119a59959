using CampaignFlow.Domain.Contacts;
using CampaignFlow.Domain.Interactions;

namespace CampaignFlow.Host.Demo;

/// <summary>The demo's interaction templates: BUS (a thank-you letter in five languages), RESP and CALL.</summary>
internal static class DemoTemplates
{
    private static readonly (string Language, string Subject, string Body)[] BusinessLetter =
    [
        ("EN", "Thank you for visiting our stand",
            "Dear {{contact.name}},\n\nThank you for visiting our stand at {{campaign.description}}. We hope you enjoyed the presentation of Millennium Server.\n\nKind regards,\n{{salesperson.name}}\nCRONUS International Ltd."),
        ("FR", "Merci de votre visite au salon",
            "Madame, Monsieur {{contact.name}},\n\nNous vous remercions de votre visite sur notre stand au {{campaign.description}}. Nous espérons que la présentation du Millennium Server vous a plu.\n\nCordialement,\n{{salesperson.name}}\nCRONUS France S.A."),
        ("SV", "Tack för ditt besök i vår monter",
            "Hej {{contact.name}},\n\nTack för att du besökte vår monter på {{campaign.description}}. Vi hoppas att du uppskattade presentationen av Millennium Server.\n\nMed vänliga hälsningar,\n{{salesperson.name}}\nCRONUS Sverige AB"),
        ("NL", "Bedankt voor uw bezoek aan onze stand",
            "Geachte {{contact.name}},\n\nHartelijk dank voor uw bezoek aan onze stand op {{campaign.description}}. Wij hopen dat u de presentatie van Millennium Server waardeerde.\n\nMet vriendelijke groet,\n{{salesperson.name}}\nCRONUS Nederland BV"),
        ("NB", "Takk for besøket på standen vår",
            "Hei {{contact.name}},\n\nTakk for at du besøkte standen vår på {{campaign.description}}. Vi håper du likte presentasjonen av Millennium Server.\n\nVennlig hilsen\n{{salesperson.name}}\nCRONUS Norge AS"),
    ];

    public static IEnumerable<InteractionTemplate> All()
    {
        var bus = new InteractionTemplate
        {
            Code = "BUS",
            Description = "Business letter",
            InteractionGroupCode = "LETTER",
            UnitCost = 1.50m,
            UnitDurationMin = 1,
            InformationFlow = InformationFlow.Outbound,
            InitiatedBy = InitiatedBy.Us,
            CorrespondenceTypeDefault = CorrespondenceType.HardCopy,
            LanguageCodeDefault = "EN",
        };
        foreach (var (language, subject, body) in BusinessLetter)
            bus.Contents.Add(new InteractionTemplateContent { TemplateCode = "BUS", LanguageCode = language, Subject = subject, Body = body });
        yield return bus;

        yield return new InteractionTemplate
        {
            Code = "RESP",
            Description = "Campaign responses",
            InteractionGroupCode = "RESPONSE",
            InformationFlow = InformationFlow.Inbound,
            InitiatedBy = InitiatedBy.Them,
            CampaignResponse = true,
        };

        var call = new InteractionTemplate
        {
            Code = "CALL",
            Description = "Follow-up call",
            InteractionGroupCode = "PHONE",
            UnitCost = 4m,
            UnitDurationMin = 10,
            CorrespondenceTypeDefault = CorrespondenceType.Phone,
            IgnoreContactCorresType = true,
            LanguageCodeDefault = "EN",
        };
        call.Contents.Add(new InteractionTemplateContent
        {
            TemplateCode = "CALL",
            LanguageCode = "EN",
            Subject = "Follow-up call about {{campaign.description}}",
            Body = "Call {{contact.name}} ({{company.name}}) on {{contact.phoneNo}}: ask how they liked Millennium Server at {{campaign.description}} and offer a demo.",
        });
        yield return call;
    }
}
