using Microsoft.Extensions.DependencyInjection;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>sendInteraction over <see cref="IWorkflowInteractionSender"/>.</summary>
public sealed class SendInteractionActionHandler(IWorkflowInteractionSender? sender = null) : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.SendInteraction;

    public async ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = sender ?? context.Services?.GetService<IWorkflowInteractionSender>() ?? throw new WorkflowException($"{context.Action.Path}: action 'sendInteraction' needs an interaction service (IWorkflowInteractionSender); none is registered");
        var interaction = new WorkflowInteraction(context.CampaignNo, context.Required("contact"), context.Required("channel"),
            context.Action.GetString("template"), context.Action.GetString("subject"), context.Today);
        await service.SendAsync(context.Db(), interaction, cancellationToken).ConfigureAwait(false);
    }
}
