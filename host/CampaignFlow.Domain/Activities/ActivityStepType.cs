namespace CampaignFlow.Domain.Activities;

public enum ActivityStepType
{
    Blank,
    Meeting,
    PhoneCall,
}
