namespace CampaignFlow.Workflows.Definitions;

/// <summary>The date a timer's formula is applied to.</summary>
public enum WorkflowTimerAnchor
{
    /// <summary>"after": the date the instance entered the state.</summary>
    StateEntry,

    /// <summary>"at": "startingDate", the campaign's starting date.</summary>
    StartingDate,

    /// <summary>"at": "endingDate", the campaign's ending date.</summary>
    EndingDate,
}
