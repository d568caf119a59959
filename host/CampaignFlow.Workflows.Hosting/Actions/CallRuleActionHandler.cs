using System.Text.Json;
using CampaignFlow.Workflows.Definitions;
using CampaignFlow.Workflows.Hosting.Rules;
using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Workflows.Hosting.Actions;

/// <summary>
/// callRule: <c>{"do":"callRule","rule":"RuleSet[/Rule]","contact":"CT…","onSuccess":"event","onFailure":"event"}</c>.
/// Runs the rule set (or one rule of it) over the campaign and the contact; the outcome is noted on the transition's
/// history entry. Success raises onSuccess; failure raises onFailure, or without one is an incident (nothing of the
/// transition is kept).
/// </summary>
public sealed class CallRuleActionHandler(WorkflowRuleSets ruleSets) : IWorkflowActionHandler
{
    public string ActionName => WorkflowActionNames.CallRule;

    public async ValueTask ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reference = context.Required("rule");
        var db = context.Db();
        var campaign = await WorkflowRuleInputs.CampaignAsync(db, context.CampaignNo, cancellationToken).ConfigureAwait(false)
            ?? throw new WorkflowException($"campaign {context.CampaignNo} no longer exists");
        WorkflowRuleContact? contact = null;
        if (context.Action.GetString("contact") is { Length: > 0 } contactNo)
        {
            contact = await WorkflowRuleInputs.ContactAsync(db, contactNo, cancellationToken).ConfigureAwait(false)
                ?? throw new WorkflowException($"{context.Action.Path}.contact: contact '{contactNo}' does not exist");
        }

        WorkflowRuleOutcome outcome;
        try
        {
            outcome = await ruleSets.RunAsync(reference, campaign, contact).ConfigureAwait(false);
        }
        catch (WorkflowException ex)
        {
            throw new WorkflowException($"{context.Action.Path}.rule: {ex.Message}");
        }

        context.Note(outcome.ToString());
        var payload = JsonSerializer.Serialize(new { rule = outcome.Reference, success = outcome.Success, failures = outcome.Failures });
        var eventName = context.Action.GetString(outcome.Success ? "onSuccess" : "onFailure");
        if (eventName is { Length: > 0 })
        {
            context.RaiseEvent(eventName, payload);
        }
        else if (!outcome.Success)
        {
            throw new WorkflowException($"{context.Action.Path}: {outcome} and no onFailure event is given");
        }
    }
}
