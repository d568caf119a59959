using System.ComponentModel.DataAnnotations;

namespace CampaignFlow.Host.Api.Workflows;

/// <summary>POST /api/campaigns/{no}/workflow: which workflow to start (latest version unless given).</summary>
public sealed class StartWorkflowRequest : IApiRequest
{
    [Required, StringLength(100, MinimumLength = 1)]
    public string WorkflowId { get; set; } = "";

    [Range(1, int.MaxValue)]
    public int? Version { get; set; }
}
