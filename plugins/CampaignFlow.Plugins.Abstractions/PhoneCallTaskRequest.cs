namespace CampaignFlow.Plugins.Abstractions;

/// <summary>What a channel asks the host to create through <see cref="IPhoneTaskService.CreateCallTaskAsync"/>.</summary>
public sealed record PhoneCallTaskRequest
{
    /// <summary>Gets the delivery that asks for the call; the host creates at most one task per delivery id.</summary>
    public required DeliveryId DeliveryId { get; init; }

    /// <summary>Gets the code of the salesperson who makes the call.</summary>
    public required string SalespersonCode { get; init; }

    /// <summary>Gets the contact no. to call.</summary>
    public required string ContactNo { get; init; }

    /// <summary>Gets the contact's name.</summary>
    public required string ContactName { get; init; }

    /// <summary>Gets the phone no. to dial, if known.</summary>
    public string? PhoneNo { get; init; }

    /// <summary>Gets the campaign the call is made for, if any.</summary>
    public string? CampaignNo { get; init; }

    /// <summary>Gets the interaction log entry the call belongs to.</summary>
    public int InteractionEntryNo { get; init; }

    /// <summary>Gets the task description (the rendered subject).</summary>
    public required string Subject { get; init; }

    /// <summary>Gets the rendered call script.</summary>
    public required string Script { get; init; }
}
