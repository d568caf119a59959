namespace CampaignFlow.Workflows.Runtime;

/// <summary>The campaigns and status codes the workflows move (implemented over the store by the host).</summary>
public interface IWorkflowCampaignSource
{
    /// <summary>The campaign, or null when it does not exist.</summary>
    ValueTask<WorkflowCampaign?> FindCampaignAsync(string campaignNo, CancellationToken cancellationToken);

    /// <summary>False when the status code was deleted since the workflow was loaded.</summary>
    ValueTask<bool> StatusCodeExistsAsync(string statusCode, CancellationToken cancellationToken);
}
