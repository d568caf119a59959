using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Channels.Letter;

/// <summary>What goes on one letter, taken from its message: all the renderer needs, and what the journal keeps for the print batch.</summary>
internal sealed record LetterLayout
{
    public string? Sender { get; init; }

    public string? Campaign { get; init; }

    public required string ContactName { get; init; }

    public IReadOnlyList<string> AddressLines { get; init; } = [];

    public string? Date { get; init; }

    public required string Subject { get; init; }

    public required string Body { get; init; }

    public static LetterLayout From(ChannelMessage message) => new()
    {
        Sender = message.SalespersonName,
        Campaign = message.CampaignDescription,
        ContactName = message.ContactName,
        AddressLines = message.ContactAddress?.ToLines() ?? [],
        Date = message.Properties.TryGetValue("Date", out var date) ? date : null,
        Subject = message.Subject,
        Body = message.BodyText,
    };
}
