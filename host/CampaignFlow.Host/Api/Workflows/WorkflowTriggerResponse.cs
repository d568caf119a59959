using CampaignFlow.Workflows.Runtime;

namespace CampaignFlow.Host.Api.Workflows;

/// <summary>What a start/event/cancel/retry did: the outcome (an unhandled event is an outcome, not an error), why, and the instance after it.</summary>
public sealed record WorkflowTriggerResponse(
    WorkflowTriggerOutcome Outcome,
    string? Message,
    WorkflowInstance? Instance,
    WorkflowIncident? Incident,
    IReadOnlyList<WorkflowTriggerResponse> FollowUps)
{
    public static WorkflowTriggerResponse From(WorkflowTriggerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Outcome, result.Message, result.Instance, result.Incident, [.. (result.FollowUps ?? []).Select(From)]);
    }
}
