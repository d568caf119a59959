namespace CampaignFlow.Domain.Activities;

public sealed class ActivityStep
{
    public string ActivityCode { get; set; } = "";
    public int StepNo { get; set; }
    public ActivityStepType Type { get; set; }
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public string Description { get; set; } = "";
    /// <summary>A BC date formula from the assignment's start date (every step from the same start date).</summary>
    public string DateFormula { get; set; } = "0D";
}
