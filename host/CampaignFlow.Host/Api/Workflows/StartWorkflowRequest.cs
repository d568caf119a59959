using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Workflows;

/// <summary>POST /api/campaigns/{no}/workflow: which workflow to start (latest version unless given).</summary>
public sealed class StartWorkflowRequest : IApiRequest
{
    [Required(ErrorMessage = "is required."), StringLength(100, ErrorMessage = "is longer than 100 characters.")]
    public string? WorkflowId { get; init; }

    [Range(1, int.MaxValue, ErrorMessage = "must be 1 or more.")]
    public int? Version { get; init; }
}
