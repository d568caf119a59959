namespace CampaignFlow.Domain.Activities;

public enum SalesTaskStatus
{
    NotStarted,
    InProgress,
    Completed,
    Waiting,
    Postponed,
}
