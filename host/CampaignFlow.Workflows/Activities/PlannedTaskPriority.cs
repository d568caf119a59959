namespace CampaignFlow.Workflows.Activities;

/// <summary>Task priority (BC: Low, Normal, High).</summary>
public enum PlannedTaskPriority
{
    Low,
    Normal,
    High,
}
