namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>What sendInteraction asks for.</summary>
/// <param name="CampaignNo">The instance's campaign.</param>
/// <param name="ContactNo">The contact.</param>
/// <param name="Channel">"email", "letter" or "phone".</param>
/// <param name="TemplateCode">Interaction template, when given.</param>
/// <param name="Subject">Subject, when given.</param>
/// <param name="Date">The transition's date.</param>
public sealed record WorkflowInteraction(string CampaignNo, string ContactNo, string Channel, string? TemplateCode, string? Subject, DateOnly Date);
