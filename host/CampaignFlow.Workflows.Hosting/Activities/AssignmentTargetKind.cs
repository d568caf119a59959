namespace CampaignFlow.Workflows.Hosting.Activities;

/// <summary>Who an activity is assigned to.</summary>
public enum AssignmentTargetKind
{
    Campaign,
    Segment,
    Contact,
    Salesperson,
    Team,
}
