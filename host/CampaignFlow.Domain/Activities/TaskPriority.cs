namespace CampaignFlow.Domain.Activities;

public enum TaskPriority
{
    Low,
    Normal,
    High,
}
