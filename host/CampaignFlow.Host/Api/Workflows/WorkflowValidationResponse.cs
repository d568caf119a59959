using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Host.Api.Workflows;

/// <summary>POST /api/workflows/validate: valid, or every problem with its file, JSON path and message.</summary>
public sealed record WorkflowValidationResponse(bool Valid, IReadOnlyList<WorkflowDefinitionError> Errors);
