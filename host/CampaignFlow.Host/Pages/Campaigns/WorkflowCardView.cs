using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Host.Pages.Campaigns;

/// <summary>What the card's workflow section shows: the campaign's instances with the events their state accepts, and the definitions one may start.</summary>
public sealed record WorkflowCardView(IReadOnlyList<WorkflowCardInstance> Instances, IReadOnlyList<WorkflowDefinition> Startable)
{
    public static async Task<WorkflowCardView> LoadAsync(WorkflowService workflows, string campaignNo, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(workflows);
        var definitions = workflows.ListDefinitions();
        var instances = await workflows.ListByCampaignAsync(campaignNo, ct);
        var latest = definitions.GroupBy(d => d.Id, StringComparer.Ordinal).Select(g => g.MaxBy(d => d.Version)!)
            .Where(d => !instances.Any(i => i.WorkflowId == d.Id && i.Status is WorkflowInstanceStatus.Created or WorkflowInstanceStatus.Running))
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        return new([.. instances.Select(i => WorkflowCardInstance.From(i, definitions.FirstOrDefault(d => d.Key == i.DefinitionKey)))], latest);
    }
}
