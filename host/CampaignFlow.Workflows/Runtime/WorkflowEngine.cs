using System.Globalization;
using System.Text.Json;
using CampaignFlow.Workflows.DateFormulas;
using CampaignFlow.Workflows.Definitions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// The state machine itself, free of storage: given a definition, an instance snapshot and a trigger it computes
/// a <see cref="WorkflowTransitionPlan"/> (actions in order, timers to cancel and arm, the next snapshot).
/// Only the "when" guards call out, through <see cref="IWorkflowConditionEvaluator"/>.
/// </summary>
public sealed class WorkflowEngine
{
    private readonly WorkflowOptions options;
    private readonly TimeZoneInfo timeZone;
    private readonly IWorkflowConditionEvaluator? conditions;

    public WorkflowEngine(WorkflowOptions options, TimeProvider timeProvider, IWorkflowConditionEvaluator? conditions = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        this.options = options;
        timeZone = options.TimeZone ?? timeProvider.LocalTimeZone;
        this.conditions = conditions;
    }

    /// <summary>The calendar date of a moment in the workflow time zone.</summary>
    public DateOnly DateOf(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, timeZone).DateTime);

    /// <summary>
    /// Plans the effect of <paramref name="trigger"/>. Never changes anything. A guard that throws propagates as
    /// <see cref="WorkflowConditionException"/> (the runtime turns it into an incident).
    /// </summary>
    public async ValueTask<WorkflowTransitionPlan> PlanAsync(WorkflowDefinition definition, WorkflowInstance instance, WorkflowTrigger trigger, WorkflowCampaign campaign, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(trigger);
        ArgumentNullException.ThrowIfNull(campaign);
        if (instance.DefinitionKey != definition.Key)
        {
            throw new ArgumentException($"instance {instance.Id} runs {instance.DefinitionKey}, not {definition.Key}", nameof(definition));
        }

        return trigger.Kind switch
        {
            WorkflowTriggerKind.Start => instance.Status == WorkflowInstanceStatus.Created
                ? Enter(definition, instance, trigger, null, definition.Initial, campaign, now, "start")
                : Reject(instance, trigger, $"instance {instance.Id} of campaign {instance.CampaignNo} has already started (it is {Describe(instance)})"),
            WorkflowTriggerKind.Cancel => PlanCancel(instance, trigger, now),
            WorkflowTriggerKind.Event => await PlanEventAsync(definition, instance, trigger, campaign, now, cancellationToken).ConfigureAwait(false),
            _ => await PlanTimerAsync(definition, instance, trigger, campaign, now, cancellationToken).ConfigureAwait(false),
        };
    }

    private static string Describe(WorkflowInstance instance) => instance.Status switch
    {
        WorkflowInstanceStatus.Created => "not started",
        WorkflowInstanceStatus.Running => $"in state {instance.State}",
        _ => $"{instance.Status.ToString().ToLowerInvariant()} in state {instance.State}",
    };

    private static WorkflowTransitionPlan Reject(WorkflowInstance instance, WorkflowTrigger trigger, string message, string? step = null, string? location = null) => new()
    {
        Outcome = WorkflowPlanOutcome.Rejected,
        Trigger = trigger,
        Instance = instance,
        Next = instance,
        Message = message,
        FailedStep = step,
        FailedLocation = location,
    };

    private static WorkflowTransitionPlan Unhandled(WorkflowInstance instance, WorkflowTrigger trigger, string eventName, string reason, DateTimeOffset now, IReadOnlyList<WorkflowTimer>? timers = null) => new()
    {
        Outcome = WorkflowPlanOutcome.Unhandled,
        Trigger = trigger,
        Instance = instance,
        Next = instance with
        {
            UnhandledEvents = [.. instance.UnhandledEvents, new WorkflowUnhandledEvent(now, instance.State, eventName, trigger.PayloadJson, reason)],
            Timers = timers ?? instance.Timers,
        },
        Message = $"{eventName} in state {instance.State} of campaign {instance.CampaignNo}: {reason}",
    };

    private static WorkflowTransitionPlan PlanCancel(WorkflowInstance instance, WorkflowTrigger trigger, DateTimeOffset now)
    {
        if (instance.Status is WorkflowInstanceStatus.Completed or WorkflowInstanceStatus.Canceled)
        {
            return Reject(instance, trigger, $"instance {instance.Id} of campaign {instance.CampaignNo} is already {Describe(instance)}");
        }

        var entry = new WorkflowHistoryEntry(now, instance.State, instance.State, trigger.ToString(), WorkflowTriggerKind.Cancel);
        return new WorkflowTransitionPlan
        {
            Outcome = WorkflowPlanOutcome.Cancel,
            Trigger = trigger,
            Instance = instance,
            From = instance.State,
            TimersToCancel = instance.Timers,
            HistoryEntry = entry,
            Next = instance with
            {
                Status = WorkflowInstanceStatus.Canceled,
                Timers = [],
                Bookmarks = [],
                History = [.. instance.History, entry],
                Incidents = Resolve(instance.Incidents, now, "canceled"),
            },
        };
    }

    private async ValueTask<WorkflowTransitionPlan> PlanEventAsync(WorkflowDefinition definition, WorkflowInstance instance, WorkflowTrigger trigger, WorkflowCampaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var eventName = trigger.EventName ?? throw new ArgumentException("an event trigger needs a name", nameof(trigger));
        var label = $"event '{eventName}'";
        if (instance.Status != WorkflowInstanceStatus.Running)
        {
            return Unhandled(instance, trigger, label, $"the instance is {Describe(instance)}", now);
        }

        var state = definition.GetState(instance.State);
        var candidates = state.Transitions.Where(t => t.Trigger.EventName == eventName).ToList();
        foreach (var transition in candidates)
        {
            if (await HoldsAsync(transition, instance, trigger, campaign, cancellationToken).ConfigureAwait(false))
            {
                return Enter(definition, instance, trigger, transition, transition.To, campaign, now, label);
            }
        }

        if (candidates.Count > 0)
        {
            return Unhandled(instance, trigger, label, $"no condition held ({string.Join("; ", candidates.Select(c => c.When))})", now);
        }

        if (instance.Bookmarks.Contains(eventName))
        {
            var entry = new WorkflowHistoryEntry(now, instance.State, instance.State, $"{label} received (waited for)", WorkflowTriggerKind.Event);
            return new WorkflowTransitionPlan
            {
                Outcome = WorkflowPlanOutcome.Waited,
                Trigger = trigger,
                Instance = instance,
                HistoryEntry = entry,
                Next = instance with { History = [.. instance.History, entry] },
            };
        }

        return Unhandled(instance, trigger, label, "no transition waits for it", now);
    }

    private async ValueTask<WorkflowTransitionPlan> PlanTimerAsync(WorkflowDefinition definition, WorkflowInstance instance, WorkflowTrigger trigger, WorkflowCampaign campaign, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timer = instance.Timers.FirstOrDefault(t => t.Id == trigger.TimerId);
        if (instance.Status != WorkflowInstanceStatus.Running || timer is null || timer.State != instance.State)
        {
            // Already fired, or canceled by leaving its state: firing again must do nothing.
            return new WorkflowTransitionPlan
            {
                Outcome = WorkflowPlanOutcome.Ignored,
                Trigger = trigger,
                Instance = instance,
                Next = instance,
                Message = $"timer {trigger.TimerId} is not pending on instance {instance.Id} ({Describe(instance)})",
            };
        }

        var transition = definition.GetState(timer.State).Transitions[timer.TransitionIndex];
        var label = $"timer {timer.Description}";
        if (!await HoldsAsync(transition, instance, trigger, campaign, cancellationToken).ConfigureAwait(false))
        {
            return Unhandled(instance, trigger, label, $"its condition did not hold ({transition.When})", now, [.. instance.Timers.Where(t => t.Id != timer.Id)]);
        }

        return Enter(definition, instance, trigger, transition, transition.To, campaign, now, label);
    }

    private async ValueTask<bool> HoldsAsync(WorkflowTransitionDefinition transition, WorkflowInstance instance, WorkflowTrigger trigger, WorkflowCampaign campaign, CancellationToken cancellationToken)
    {
        if (transition.When is not { } condition)
        {
            return true;
        }

        if (conditions is null)
        {
            throw new WorkflowConditionException($"{transition.Path}.when: no condition evaluator is registered to evaluate '{condition}'", $"{transition.Path}.when");
        }

        try
        {
            return await conditions.EvaluateAsync(condition, new WorkflowConditionContext(campaign, instance, trigger), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new WorkflowConditionException($"{transition.Path}.when: '{condition}' failed: {ex.Message}", $"{transition.Path}.when", ex);
        }
    }

    private WorkflowTransitionPlan Enter(WorkflowDefinition definition, WorkflowInstance instance, WorkflowTrigger trigger, WorkflowTransitionDefinition? transition, string targetName, WorkflowCampaign campaign, DateTimeOffset now, string cause)
    {
        var source = instance.Status == WorkflowInstanceStatus.Created ? null : definition.GetState(instance.State);
        var target = definition.GetState(targetName);
        var actions = new List<PlannedWorkflowAction>();
        if (source is not null)
        {
            actions.AddRange(source.Exit.Select(a => new PlannedWorkflowAction(WorkflowActionPhase.Exit, a)));
        }

        if (transition is not null)
        {
            actions.AddRange(transition.Actions.Select(a => new PlannedWorkflowAction(WorkflowActionPhase.Transition, a)));
        }

        actions.Add(new PlannedWorkflowAction(WorkflowActionPhase.SetStatus, SetStatus(target.Name)));
        actions.AddRange(target.Entry.Select(a => new PlannedWorkflowAction(WorkflowActionPhase.Entry, a)));

        var notes = new List<string>();
        var timers = new List<WorkflowTimer>();
        if (!target.IsFinal)
        {
            var entered = DateOf(now);
            foreach (var timerTransition in target.Transitions.Where(t => t.Trigger.IsTimer))
            {
                var armed = Arm(target, timerTransition, campaign, entered, notes, out var error);
                if (error is not null)
                {
                    return Reject(instance, trigger, error, "timers", timerTransition.Path);
                }

                if (armed is not null)
                {
                    timers.Add(armed);
                }
            }
        }

        var entry = new WorkflowHistoryEntry(now, source?.Name, target.Name, cause, trigger.Kind);
        return new WorkflowTransitionPlan
        {
            Outcome = WorkflowPlanOutcome.Transition,
            Trigger = trigger,
            Instance = instance,
            Transition = transition,
            From = source?.Name,
            To = target.Name,
            Actions = actions,
            TimersToCancel = instance.Timers,
            TimersToArm = timers,
            HistoryEntry = entry,
            Notes = notes,
            Next = instance with
            {
                State = target.Name,
                Status = target.IsFinal ? WorkflowInstanceStatus.Completed : WorkflowInstanceStatus.Running,
                StateEnteredAt = now,
                Timers = timers,
                Bookmarks = [.. target.Entry.Where(a => a.Name == WorkflowActionNames.WaitForEvent).Select(a => a.GetString("event")!)],
                History = [.. instance.History, entry],
            },
        };
    }

    private WorkflowTimer? Arm(WorkflowStateDefinition state, WorkflowTransitionDefinition transition, WorkflowCampaign campaign, DateOnly entered, List<string> notes, out string? error)
    {
        error = null;
        var trigger = transition.Trigger;
        DateOnly? anchor = trigger.Anchor switch
        {
            WorkflowTimerAnchor.StateEntry => entered,
            WorkflowTimerAnchor.StartingDate => campaign.StartingDate,
            _ => campaign.EndingDate,
        };
        if (anchor is null)
        {
            var which = trigger.Anchor == WorkflowTimerAnchor.StartingDate ? "starting" : "ending";
            notes.Add($"{transition.Path}: timer '{trigger}' not armed: campaign {campaign.No} has no {which} date");
            return null;
        }

        DateOnly due;
        try
        {
            due = trigger.Offset?.Apply(anchor.Value) ?? anchor.Value;
        }
        catch (DateFormulaException ex)
        {
            error = $"{transition.Path}: timer '{trigger}' of state {state.Name}: {ex.Message}";
            return null;
        }

        if (campaign.StartingDate is { } start && due < start)
        {
            error = $"{transition.Path}: timer '{trigger}' of state {state.Name} would be due {Iso(due)}, before campaign {campaign.No} starts ({Iso(start)})";
            return null;
        }

        var local = due.ToDateTime(options.TimerTimeOfDay, DateTimeKind.Unspecified);
        var dueAt = new DateTimeOffset(local, timeZone.GetUtcOffset(local));
        return new WorkflowTimer(Guid.NewGuid(), state.Name, transition.Index, due, dueAt, trigger.ToString());
    }

    private static WorkflowActionDefinition SetStatus(string statusCode)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(statusCode));
        return new WorkflowActionDefinition(
            WorkflowActionNames.SetStatus,
            new Dictionary<string, JsonElement>(StringComparer.Ordinal) { ["status"] = document.RootElement.Clone() },
            $"$.states.{statusCode}");
    }

    internal static IReadOnlyList<WorkflowIncident> Resolve(IReadOnlyList<WorkflowIncident> incidents, DateTimeOffset now, string resolution) =>
        incidents.Any(i => i.IsOpen) ? [.. incidents.Select(i => i.IsOpen ? i with { ResolvedAt = now, Resolution = resolution } : i)] : incidents;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
