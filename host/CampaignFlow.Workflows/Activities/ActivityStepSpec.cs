using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Activities;

/// <summary>One step of an activity: every step is dated from the assignment's start date (not chained).</summary>
public sealed record ActivityStepSpec(PlannedTaskType Type, PlannedTaskPriority Priority, string Description, DateFormula DateFormula);
