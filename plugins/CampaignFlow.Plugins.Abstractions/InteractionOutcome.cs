namespace CampaignFlow.Plugins.Abstractions;

/// <summary>An outcome a plugin reports back to the host through <see cref="IInteractionOutcomeRecorder"/>.</summary>
public sealed record InteractionOutcome
{
    /// <summary>Gets the delivery the outcome answers.</summary>
    public required DeliveryId DeliveryId { get; init; }

    /// <summary>Gets the interaction log entry the outcome answers.</summary>
    public int InteractionEntryNo { get; init; }

    /// <summary>Gets the contact no.</summary>
    public required string ContactNo { get; init; }

    /// <summary>Gets the salesperson who made the call, if any.</summary>
    public string? SalespersonCode { get; init; }

    /// <summary>Gets the campaign the call was made for, if any.</summary>
    public string? CampaignNo { get; init; }

    /// <summary>Gets the outcome.</summary>
    public required CallOutcomeKind Outcome { get; init; }

    /// <summary>Gets a free-text note of the caller, if any.</summary>
    public string? Note { get; init; }

    /// <summary>Gets when the outcome happened.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Gets a value indicating whether the host should log the interaction as a campaign response.</summary>
    public bool IsCampaignResponse => Outcome == CallOutcomeKind.Response;
}
