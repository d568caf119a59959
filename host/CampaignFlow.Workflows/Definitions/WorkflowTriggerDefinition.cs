using CampaignFlow.Workflows.DateFormulas;

namespace CampaignFlow.Workflows.Definitions;

/// <summary>
/// What fires a transition: an event by name, or a timer due at <c>Offset</c> applied to an anchor date
/// ("after": the state entry date; "at": the campaign's starting or ending date).
/// </summary>
public sealed record WorkflowTriggerDefinition(string? EventName, WorkflowTimerAnchor Anchor, DateFormula? Offset)
{
    /// <summary>True for "after"/"at" triggers.</summary>
    public bool IsTimer => EventName is null;

    /// <summary>An event trigger.</summary>
    public static WorkflowTriggerDefinition Event(string name) => new(name, WorkflowTimerAnchor.StateEntry, null);

    /// <summary>A timer trigger.</summary>
    public static WorkflowTriggerDefinition Timer(WorkflowTimerAnchor anchor, DateFormula? offset) => new(null, anchor, offset);

    /// <inheritdoc />
    public override string ToString() => EventName is not null
        ? $"event '{EventName}'"
        : Anchor switch
        {
            WorkflowTimerAnchor.StateEntry => $"after {Offset}",
            WorkflowTimerAnchor.StartingDate => Offset is null ? "at startingDate" : $"at startingDate {Offset}",
            _ => Offset is null ? "at endingDate" : $"at endingDate {Offset}",
        };
}
