namespace CampaignFlow.Plugins.Abstractions;

/// <summary>What came of a phone call.</summary>
public enum CallOutcomeKind
{
    /// <summary>The contact was reached and talked to, without a campaign response.</summary>
    Reached = 1,

    /// <summary>Nobody answered; the task stays a call to make again only if the caller creates a new one.</summary>
    NoAnswer = 2,

    /// <summary>The contact was reached and responded to the campaign (the interaction is logged with Campaign Response set).</summary>
    Response = 3,
}
