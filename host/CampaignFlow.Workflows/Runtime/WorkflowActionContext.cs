using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>Everything an action handler gets: the campaign, the instance, the action's arguments, the unit of work.</summary>
public sealed class WorkflowActionContext
{
    private readonly List<WorkflowRaisedEvent> raised;
    private readonly List<string> notes;

    internal WorkflowActionContext(WorkflowTransitionPlan plan, PlannedWorkflowAction action, WorkflowCampaign campaign, WorkflowDefinition definition, IWorkflowTransaction transaction, DateTimeOffset now, DateOnly today, IServiceProvider? services, List<WorkflowRaisedEvent> raised, List<string> notes)
    {
        Plan = plan;
        Action = action.Action;
        Phase = action.Phase;
        Campaign = campaign;
        Definition = definition;
        Transaction = transaction;
        Now = now;
        Today = today;
        Services = services;
        this.raised = raised;
        this.notes = notes;
    }

    public string CampaignNo => Campaign.No;

    public WorkflowCampaign Campaign { get; }

    /// <summary>The instance before the transition.</summary>
    public WorkflowInstance Instance => Plan.Instance;

    public WorkflowDefinition Definition { get; }

    public WorkflowTransitionPlan Plan { get; }

    /// <summary>The action as written, with its arguments.</summary>
    public WorkflowActionDefinition Action { get; }

    public WorkflowActionPhase Phase { get; }

    /// <summary>The unit of work the instance will be saved in; write the action's records through it.</summary>
    public IWorkflowTransaction Transaction { get; }

    public DateTimeOffset Now { get; }

    /// <summary>The date of the transition in the workflow time zone (the start date for assignActivity).</summary>
    public DateOnly Today { get; }

    /// <summary>The host's services (scoped to this trigger), when the runtime has them.</summary>
    public IServiceProvider? Services { get; }

    /// <summary>Raises an event after this transition commits; to this campaign's instances unless another is named.</summary>
    public void RaiseEvent(string eventName, string? payloadJson = null, string? campaignNo = null) =>
        raised.Add(new WorkflowRaisedEvent(campaignNo ?? CampaignNo, eventName, payloadJson));

    /// <summary>Adds a note (e.g. a rule's result) to the history entry of this transition, kept when it commits.</summary>
    public void Note(string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        notes.Add(note);
    }
}
