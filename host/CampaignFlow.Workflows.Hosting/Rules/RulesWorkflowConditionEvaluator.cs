using CampaignFlow.Storage;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Workflows.Hosting.Rules;

/// <summary>
/// Transition guards through the rules engine: <c>"when": {"rule": "RuleSet[/Rule]"}</c> runs a workflow rule set,
/// <c>"when": "campaign.EndingDate != null"</c> an inline expression; both over the campaign as stored.
/// </summary>
public sealed class RulesWorkflowConditionEvaluator(WorkflowRuleSets ruleSets, IDbContextFactory<CampaignFlowDbContext> contexts) : IWorkflowConditionEvaluator
{
    public async ValueTask<bool> EvaluateAsync(WorkflowCondition condition, WorkflowConditionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        ArgumentNullException.ThrowIfNull(context);
        WorkflowRuleCampaign campaign;
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            campaign = await WorkflowRuleInputs.CampaignAsync(db, context.Campaign.No, cancellationToken).ConfigureAwait(false)
                ?? throw new WorkflowException($"campaign {context.Campaign.No} no longer exists");
        }

        var outcome = condition.RuleReference is { } reference
            ? await ruleSets.RunAsync(reference, campaign, null).ConfigureAwait(false)
            : await ruleSets.EvaluateAsync(condition.Expression!, campaign).ConfigureAwait(false);
        if (outcome.Faulted)
        {
            // A rule that throws or does not compile is an incident, not a silent "false".
            throw new WorkflowException(outcome.ToString());
        }

        return outcome.Success;
    }
}
