namespace CampaignFlow.Workflows.Hosting.Rules;

/// <summary>The input "campaign" of workflow rules (callRule and transition conditions).</summary>
public sealed record WorkflowRuleCampaign(string No, string Description, string? StatusCode, DateOnly? StartingDate, DateOnly? EndingDate, string? SalespersonCode);
