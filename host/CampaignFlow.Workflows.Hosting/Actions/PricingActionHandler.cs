using Microsoft.Extensions.DependencyInjection;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>activatePrices / deactivatePrices over <see cref="ICampaignPricing"/>.</summary>
public sealed class PricingActionHandler(string actionName, ICampaignPricing? pricing = null) : IWorkflowActionHandler
{
    public string ActionName => actionName;

    public async ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = pricing ?? context.Services?.GetService<ICampaignPricing>() ?? throw new WorkflowException($"{context.Action.Path}: action '{actionName}' needs a campaign pricing service (ICampaignPricing); none is registered");
        if (actionName == WorkflowActionNames.ActivatePrices)
        {
            await service.ActivateAsync(context.Db(), context.CampaignNo, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await service.DeactivateAsync(context.Db(), context.CampaignNo, cancellationToken).ConfigureAwait(false);
        }
    }
}
