using System.ComponentModel.DataAnnotations;
using CampaignFlow.Domain.Activities;

namespace CampaignFlow.Host.Api.Activities;

/// <summary>One step: its type, priority, description and BC date formula from the assignment's start date.</summary>
public sealed class ActivityStepRequest
{
    [Range(1, 100_000)] public int StepNo { get; init; }
    public ActivityStepType Type { get; init; }
    public TaskPriority Priority { get; init; } = TaskPriority.Normal;
    [StringLength(100)] public string Description { get; init; } = "";
    [StringLength(32)] public string DateFormula { get; init; } = "0D";
}
