namespace CampaignFlow.Workflows.Activities;

/// <summary>Activity step / task type (BC: blank, Meeting, Phone Call).</summary>
public enum PlannedTaskType
{
    None,
    Meeting,
    PhoneCall,
}
