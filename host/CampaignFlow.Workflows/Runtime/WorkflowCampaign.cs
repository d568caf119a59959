namespace CampaignFlow.Workflows.Runtime;

/// <summary>What the runtime needs to know of a campaign: its dates anchor "at" timers.</summary>
public sealed record WorkflowCampaign(string No, DateOnly? StartingDate, DateOnly? EndingDate);
