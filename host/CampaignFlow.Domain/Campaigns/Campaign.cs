namespace CampaignFlow.Domain.Campaigns;

/// <summary>
/// A campaign. Its status code is changed only by the workflow runtime (<see cref="ApplyWorkflowStatus"/>);
/// its dates through <see cref="SetPeriod"/>, which keeps Starting Date ≤ Ending Date.
/// </summary>
public sealed class Campaign : IValidatable
{
    private const string Record = nameof(Campaign);

    public string No { get; set; } = "";
    public string Description { get; set; } = "";
    public string? StatusCode { get; private set; }
    public DateOnly? StartingDate { get; private set; }
    public DateOnly? EndingDate { get; private set; }
    public string? SalespersonCode { get; set; }
    public DateOnly? LastDateModified { get; set; }
    /// <summary>Optimistic concurrency: bumped on every change the store saves.</summary>
    public int Version { get; set; }

    public List<CampaignTargetGroup> TargetGroups { get; init; } = [];

    /// <summary>A campaign is activated while it has target group rows.</summary>
    public bool Activated => TargetGroups.Count > 0;

    public static Campaign Create(string no, string description, string? statusCode = null, DateOnly? startingDate = null, DateOnly? endingDate = null)
    {
        var campaign = new Campaign { No = no, Description = description, StatusCode = statusCode };
        campaign.SetPeriod(startingDate, endingDate);
        return campaign;
    }

    public void SetPeriod(DateOnly? startingDate, DateOnly? endingDate)
    {
        Require.Period(Record, No, startingDate, endingDate);
        StartingDate = startingDate;
        EndingDate = endingDate;
    }

    /// <summary>Used by the workflow runtime only: the one place a status code changes.</summary>
    public void ApplyWorkflowStatus(string statusCode)
    {
        Require.Code(Record, No, nameof(StatusCode), statusCode);
        StatusCode = statusCode;
    }

    /// <summary>Whether <paramref name="date"/> falls in the campaign window (open ends count as open).</summary>
    public bool Covers(DateOnly date) =>
        (StartingDate is null || StartingDate <= date) && (EndingDate is null || date <= EndingDate);

    public void Validate()
    {
        Require.Code(Record, No, nameof(No), No);
        Require.Text(Record, No, nameof(Description), Description);
        Require.OptionalCode(Record, No, nameof(StatusCode), StatusCode);
        Require.OptionalCode(Record, No, nameof(SalespersonCode), SalespersonCode);
        Require.Period(Record, No, StartingDate, EndingDate);
    }
}
