namespace CampaignFlow.Plugins.Abstractions;

/// <summary>
/// One message to deliver: one segment line of a logged segment, with its subject and body already rendered by the
/// host (merge fields filled in the contact's language). Channels only deliver; they never render templates.
/// </summary>
public sealed record ChannelMessage
{
    /// <summary>Gets the delivery id (logged segment entry no. + line no.), the idempotency key of this delivery.</summary>
    public required DeliveryId Id { get; init; }

    /// <summary>Gets the batch the message belongs to (normally the logged segment), or <see langword="null"/> for a single message.</summary>
    public string? BatchId { get; init; }

    /// <summary>Gets the correspondence type the host routed this message for.</summary>
    public required ChannelKind Kind { get; init; }

    /// <summary>Gets the entry no. of the interaction log entry this delivery belongs to.</summary>
    public int InteractionEntryNo { get; init; }

    /// <summary>Gets the contact no.</summary>
    public required string ContactNo { get; init; }

    /// <summary>Gets the contact's name.</summary>
    public required string ContactName { get; init; }

    /// <summary>Gets the contact's e-mail address, if any.</summary>
    public string? ContactEmail { get; init; }

    /// <summary>Gets the contact's phone no., if any.</summary>
    public string? ContactPhone { get; init; }

    /// <summary>Gets the contact's postal address, if any.</summary>
    public PostalAddress? ContactAddress { get; init; }

    /// <summary>Gets the language code the message was rendered in (for example <c>FRA</c>, <c>SVE</c>), if any.</summary>
    public string? LanguageCode { get; init; }

    /// <summary>Gets the code of the salesperson responsible for the line, if any.</summary>
    public string? SalespersonCode { get; init; }

    /// <summary>Gets the salesperson's name, if any.</summary>
    public string? SalespersonName { get; init; }

    /// <summary>Gets the salesperson's e-mail address, if any.</summary>
    public string? SalespersonEmail { get; init; }

    /// <summary>Gets the campaign no., if the line belongs to a campaign.</summary>
    public string? CampaignNo { get; init; }

    /// <summary>Gets the campaign description, if the line belongs to a campaign.</summary>
    public string? CampaignDescription { get; init; }

    /// <summary>Gets the rendered subject.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the rendered body as plain text (the letter text, the e-mail text part, the call script).</summary>
    public required string BodyText { get; init; }

    /// <summary>Gets the rendered body as HTML, if the template has an HTML version (merge values already escaped).</summary>
    public string? BodyHtml { get; init; }

    /// <summary>Gets the name of the interaction template's attachment the message was rendered from, if any.</summary>
    public string? AttachmentName { get; init; }

    /// <summary>Gets extra values the host or a workflow passes through to the channel (never <see langword="null"/>).</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
