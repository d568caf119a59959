namespace CampaignFlow.Plugins.Abstractions;

/// <summary>A phone-call task as the host stores it (a task of type Phone Call for a salesperson).</summary>
public sealed record PhoneCallTask
{
    /// <summary>Gets the host's task no.</summary>
    public required string TaskNo { get; init; }

    /// <summary>Gets the request the task was created from.</summary>
    public required PhoneCallTaskRequest Request { get; init; }

    /// <summary>Gets the date the task is due.</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Gets a value indicating whether the call was made and its outcome recorded.</summary>
    public bool Completed { get; init; }
}
