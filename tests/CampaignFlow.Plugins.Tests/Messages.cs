using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Plugins.Tests;

/// <summary>Messages as the host would hand them to a channel.</summary>
public static class Messages
{
    public static ChannelMessage Letter(int line, string name, string body, string? batchId = "LS00000001") => new()
    {
        Id = new DeliveryId(1, line),
        BatchId = batchId,
        Kind = ChannelKind.HardCopy,
        InteractionEntryNo = line / 10000,
        ContactNo = $"CT{line:D6}",
        ContactName = name,
        ContactAddress = new PostalAddress { Address = "12 rue de l'Église", PostCode = "75004", City = "Paris", CountryRegionCode = "FR" },
        LanguageCode = "FRA",
        SalespersonCode = "JO",
        SalespersonName = "Jørgen Ødegård",
        CampaignNo = "CP0001",
        CampaignDescription = "Sommarkampanj på Åland",
        Subject = "Invitation à notre journée portes ouvertes",
        BodyText = body,
    };

    public static ChannelMessage Email(int line, string? address, string subject = "Välkommen — réunion à Tromsø", string? html = null) => new()
    {
        Id = new DeliveryId(2, line),
        BatchId = "LS00000002",
        Kind = ChannelKind.Email,
        InteractionEntryNo = line / 10000,
        ContactNo = $"CT{line:D6}",
        ContactName = "Åsa Öberg",
        ContactEmail = address,
        SalespersonCode = "JO",
        SalespersonName = "Jørgen Ødegård",
        SalespersonEmail = "jorgen@cronus.example",
        CampaignNo = "CP0002",
        Subject = subject,
        BodyText = "Hej Åsa,\nvi ses på mässan i Tromsø. Café crème à volonté.\n.\nHälsningar",
        BodyHtml = html,
    };

    public static ChannelMessage Phone(int line, string? salesperson = "JO") => new()
    {
        Id = new DeliveryId(3, line),
        BatchId = "LS00000003",
        Kind = ChannelKind.Phone,
        InteractionEntryNo = 100 + (line / 10000),
        ContactNo = $"CT{line:D6}",
        ContactName = "Ole Nordmann",
        ContactPhone = "+47 22 33 44 55",
        SalespersonCode = salesperson,
        CampaignNo = "CP0003",
        Subject = "Follow-up call",
        BodyText = "Ask Ole whether the brochure arrived and whether he wants a visit.",
    };
}
