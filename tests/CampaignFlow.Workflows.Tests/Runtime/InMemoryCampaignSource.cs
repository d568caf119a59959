using System.Collections.Concurrent;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Tests.Runtime;

internal sealed class InMemoryCampaignSource : IWorkflowCampaignSource
{
    public ConcurrentDictionary<string, WorkflowCampaign> Campaigns { get; } = new();

    public HashSet<string> StatusCodes { get; } = [.. Definitions.DemoStatusCodes.All];

    public void Add(string no, DateOnly? starting, DateOnly? ending) => Campaigns[no] = new WorkflowCampaign(no, starting, ending);

    public ValueTask<WorkflowCampaign?> FindCampaignAsync(string campaignNo, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Campaigns.GetValueOrDefault(campaignNo));

    public ValueTask<bool> StatusCodeExistsAsync(string statusCode, CancellationToken cancellationToken) =>
        ValueTask.FromResult(StatusCodes.Contains(statusCode));
}
