using CampaignFlow.Workflows.Definitions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CampaignFlow.Workflows.Runtime;

/// <summary>
/// Runs workflow instances durably: loads the snapshot, asks the <see cref="WorkflowEngine"/> for a plan, runs the
/// plan's actions and saves the next snapshot in one store transaction, then arms/cancels timers. A failing action
/// rolls the transaction back and records an incident instead (the state does not change; <see cref="RetryAsync"/>).
/// No exception leaves it for a failing action or condition; an unknown instance throws
/// <see cref="WorkflowInstanceNotFoundException"/>.
/// </summary>
public sealed partial class WorkflowRuntime
{
    private readonly IWorkflowInstanceStore store;
    private readonly IWorkflowTimerScheduler scheduler;
    private readonly IWorkflowDefinitionSource definitions;
    private readonly IWorkflowCampaignSource campaigns;
    private readonly WorkflowActionRegistry actions;
    private readonly WorkflowEngine engine;
    private readonly TimeProvider time;
    private readonly WorkflowOptions options;
    private readonly ILogger logger;
    private readonly IServiceProvider? services;

    public WorkflowRuntime(
        IWorkflowInstanceStore store,
        IWorkflowTimerScheduler scheduler,
        IWorkflowDefinitionSource definitions,
        IWorkflowCampaignSource campaigns,
        WorkflowActionRegistry actions,
        WorkflowEngine engine,
        TimeProvider time,
        WorkflowOptions options,
        ILogger<WorkflowRuntime>? logger = null,
        IServiceProvider? services = null)
    {
        this.store = store;
        this.scheduler = scheduler;
        this.definitions = definitions;
        this.campaigns = campaigns;
        this.actions = actions;
        this.engine = engine;
        this.time = time;
        this.options = options;
        this.logger = (ILogger?)logger ?? NullLogger.Instance;
        this.services = services;
    }

    /// <summary>Starts <paramref name="workflowId"/> (latest version unless given) for a campaign: enters the initial state.</summary>
    public async Task<WorkflowTriggerResult> StartAsync(string campaignNo, string workflowId, int? version = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(campaignNo);
        ArgumentException.ThrowIfNullOrEmpty(workflowId);
        var definition = version is { } v ? definitions.Find(new(workflowId, v)) : definitions.FindLatest(workflowId);
        if (definition is null)
        {
            return Refuse(null, $"workflow '{workflowId}'{(version is null ? "" : $" version {version}")} is not loaded");
        }

        var transaction = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        var owned = true;
        try
        {
            var campaign = await FindCampaignAsync(transaction, campaignNo, cancellationToken).ConfigureAwait(false);
            if (campaign is null)
            {
                return Refuse(null, $"campaign {campaignNo} does not exist");
            }

            var existing = await store.FindByCampaignAsync(campaignNo, cancellationToken).ConfigureAwait(false);
            if (existing.FirstOrDefault(i => i.WorkflowId == workflowId && i.Status is WorkflowInstanceStatus.Created or WorkflowInstanceStatus.Running) is { } running)
            {
                return Refuse(running, $"campaign {campaignNo} already runs workflow {running.DefinitionKey} (instance {running.Id}, {(running.Status == WorkflowInstanceStatus.Created ? "start failed: retry it" : $"in state {running.State}")})");
            }

            var instance = WorkflowInstance.Create(Guid.CreateVersion7(time.GetUtcNow()), campaignNo, definition.Key, time.GetUtcNow());
            owned = false;
            return await ExecuteAsync(transaction, instance, definition, campaign, WorkflowTrigger.Start(), null, 0, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowConcurrencyException ex)
        {
            return Refuse(null, $"campaign {campaignNo}: workflow {definition.Key} was started concurrently ({ex.Message})");
        }
        finally
        {
            if (owned)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>Sends an event to one instance.</summary>
    public Task<WorkflowTriggerResult> SendEventAsync(Guid instanceId, string eventName, string? payloadJson = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return RunAsync(instanceId, _ => (WorkflowTrigger.Event(eventName, payloadJson), null), 0, cancellationToken);
    }

    /// <summary>Sends an event to every running instance of a campaign; none running is a clear error.</summary>
    public Task<IReadOnlyList<WorkflowTriggerResult>> SendCampaignEventAsync(string campaignNo, string eventName, string? payloadJson = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(campaignNo);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return DispatchAsync(new WorkflowRaisedEvent(campaignNo, eventName, payloadJson), 0, cancellationToken);
    }

    /// <summary>A timer came due (called by the scheduler). A timer no longer pending is Ignored, so it never fires twice.</summary>
    public Task<WorkflowTriggerResult> FireTimerAsync(Guid instanceId, Guid timerId, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, _ => (WorkflowTrigger.Timer(timerId), null), 0, cancellationToken);

    /// <summary>Cancels the instance: its timers are canceled, no actions run.</summary>
    public Task<WorkflowTriggerResult> CancelAsync(Guid instanceId, string? reason = null, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, _ => (WorkflowTrigger.Cancel(reason), null), 0, cancellationToken);

    /// <summary>Replays the trigger of the open incident.</summary>
    public Task<WorkflowTriggerResult> RetryAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        RunAsync(instanceId, instance => instance.OpenIncident is { } incident ? (incident.Trigger, incident) : (null, null), 0, cancellationToken);

    /// <summary>The instance (state, history, timers, unhandled events, incidents), or null.</summary>
    public Task<WorkflowInstance?> GetAsync(Guid instanceId, CancellationToken cancellationToken = default) => store.FindAsync(instanceId, cancellationToken);

    private static WorkflowTriggerResult Refuse(WorkflowInstance? instance, string message, WorkflowTransitionPlan? plan = null) =>
        new(WorkflowTriggerOutcome.Rejected, instance, plan, message);

    private async Task<WorkflowTriggerResult> RunAsync(Guid instanceId, Func<WorkflowInstance, (WorkflowTrigger? Trigger, WorkflowIncident? Retrying)> pick, int depth, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // One unit of work per attempt: the reads, the actions and the save share its connection and transaction.
            var transaction = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
            var owned = true;
            WorkflowTrigger? trigger = null;
            try
            {
                var instance = await (transaction is IWorkflowTransactionReads reads ? reads.FindAsync(instanceId, cancellationToken) : store.FindAsync(instanceId, cancellationToken)).ConfigureAwait(false)
                    ?? throw new WorkflowInstanceNotFoundException($"workflow instance {instanceId} does not exist");
                (trigger, var retrying) = pick(instance);
                if (trigger is null)
                {
                    return Refuse(instance, $"instance {instance.Id} of campaign {instance.CampaignNo} has no open incident to retry");
                }

                var definition = definitions.Find(instance.DefinitionKey);
                if (definition is null)
                {
                    return Refuse(instance, $"instance {instance.Id} runs workflow {instance.DefinitionKey}, which is not loaded");
                }

                var campaign = await FindCampaignAsync(transaction, instance.CampaignNo, cancellationToken).ConfigureAwait(false);
                if (campaign is null)
                {
                    return Refuse(instance, $"campaign {instance.CampaignNo} of instance {instance.Id} no longer exists");
                }

                owned = false;
                return await ExecuteAsync(transaction, instance, definition, campaign, trigger, retrying, depth, cancellationToken).ConfigureAwait(false);
            }
            catch (WorkflowConcurrencyException ex) when (attempt < options.MaxConcurrencyRetries)
            {
                LogConcurrencyRetry(instanceId, trigger?.ToString() ?? "trigger", attempt, ex.Message);
            }
            finally
            {
                if (owned)
                {
                    await transaction.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    private ValueTask<WorkflowCampaign?> FindCampaignAsync(IWorkflowTransaction transaction, string campaignNo, CancellationToken cancellationToken) =>
        transaction is IWorkflowTransactionReads reads ? reads.FindCampaignAsync(campaignNo, cancellationToken) : campaigns.FindCampaignAsync(campaignNo, cancellationToken);

    private ValueTask<bool> StatusCodeExistsAsync(IWorkflowTransaction transaction, string statusCode, CancellationToken cancellationToken) =>
        transaction is IWorkflowTransactionReads reads ? reads.StatusCodeExistsAsync(statusCode, cancellationToken) : campaigns.StatusCodeExistsAsync(statusCode, cancellationToken);

    /// <summary>
    /// Plans and runs the trigger in <paramref name="transaction"/>, which it owns: it is disposed (committed or not)
    /// before an incident, the timers and raised events are written, as those need their own unit of work.
    /// </summary>
    private async Task<WorkflowTriggerResult> ExecuteAsync(IWorkflowTransaction transaction, WorkflowInstance instance, WorkflowDefinition definition, WorkflowCampaign campaign, WorkflowTrigger trigger, WorkflowIncident? retrying, int depth, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var raised = new List<WorkflowRaisedEvent>();
        Executed executed;
        await using (transaction.ConfigureAwait(false))
        {
            executed = await RunInTransactionAsync(transaction, instance, definition, campaign, trigger, retrying, now, raised, cancellationToken).ConfigureAwait(false);
        }

        if (executed.Final is { } final)
        {
            return final;
        }

        var plan = executed.Plan;
        if (executed.Incident is { } failed)
        {
            return await RecordIncidentAsync(instance, trigger, failed.Step, failed.Location, failed.Message, retrying, now, plan, cancellationToken).ConfigureAwait(false);
        }

        var committed = executed.Saved!;
        await ApplyTimersAsync(committed, plan!, cancellationToken).ConfigureAwait(false);
        var followUps = new List<WorkflowTriggerResult>();
        foreach (var raisedEvent in raised)
        {
            followUps.AddRange(await DispatchAsync(raisedEvent, depth + 1, cancellationToken).ConfigureAwait(false));
        }

        var outcome = plan!.Outcome switch
        {
            WorkflowPlanOutcome.Transition => WorkflowTriggerOutcome.Transitioned,
            WorkflowPlanOutcome.Cancel => WorkflowTriggerOutcome.Canceled,
            WorkflowPlanOutcome.Waited => WorkflowTriggerOutcome.Waited,
            WorkflowPlanOutcome.Ignored => WorkflowTriggerOutcome.Ignored,
            _ => WorkflowTriggerOutcome.Unhandled,
        };
        if (outcome == WorkflowTriggerOutcome.Unhandled)
        {
            LogUnhandled(committed.Id, committed.CampaignNo, plan.Message ?? trigger.ToString());
        }

        return new WorkflowTriggerResult(outcome, committed, plan, plan.Message, null, followUps);
    }

    private async Task<Executed> RunInTransactionAsync(IWorkflowTransaction transaction, WorkflowInstance instance, WorkflowDefinition definition, WorkflowCampaign campaign, WorkflowTrigger trigger, WorkflowIncident? retrying, DateTimeOffset now, List<WorkflowRaisedEvent> raised, CancellationToken cancellationToken)
    {
        WorkflowTransitionPlan plan;
        try
        {
            plan = await engine.PlanAsync(definition, instance, trigger, campaign, now, cancellationToken).ConfigureAwait(false);
        }
        catch (WorkflowConditionException ex)
        {
            return new Executed(null, null, null, new("condition", ex.Location, ex.Message));
        }

        if (plan.Outcome == WorkflowPlanOutcome.Transition && !await StatusCodeExistsAsync(transaction, plan.To!, cancellationToken).ConfigureAwait(false))
        {
            plan = plan with
            {
                Outcome = WorkflowPlanOutcome.Rejected,
                Next = instance,
                Message = $"state {plan.To} cannot be entered: the status code '{plan.To}' no longer exists",
                FailedStep = "status code",
                FailedLocation = $"$.states.{plan.To}",
            };
        }

        // A refusal is answered to the caller; a timer or a retry has no caller, so it becomes an incident.
        if (plan.Outcome == WorkflowPlanOutcome.Rejected)
        {
            return trigger.Kind == WorkflowTriggerKind.Timer || retrying is not null
                ? new Executed(null, plan, null, new(plan.FailedStep ?? "plan", plan.FailedLocation, plan.Message!))
                : new Executed(Refuse(instance, plan.Message!, plan), plan, null, null);
        }

        if (plan.Outcome == WorkflowPlanOutcome.Ignored && retrying is null)
        {
            return new Executed(new WorkflowTriggerResult(WorkflowTriggerOutcome.Ignored, instance, plan, plan.Message), plan, null, null);
        }

        var next = plan.Next;
        if (retrying is not null)
        {
            next = next with { Incidents = WorkflowEngine.Resolve(next.Incidents, now, $"retried: {plan.Outcome.ToString().ToLowerInvariant()}") };
        }
        else if (plan.Outcome == WorkflowPlanOutcome.Transition)
        {
            next = next with { Incidents = WorkflowEngine.Resolve(next.Incidents, now, $"superseded by {trigger}") };
        }

        var today = engine.DateOf(now);
        var notes = new List<string>();
        foreach (var planned in plan.Actions)
        {
            // On failure the transaction is disposed uncommitted: whatever earlier actions wrote is rolled back.
            if (await RunActionAsync(plan, planned, campaign, definition, transaction, now, today, raised, notes, cancellationToken).ConfigureAwait(false) is { } failure)
            {
                return new Executed(null, plan, null, new(planned.Action.Name, planned.Action.Path, failure));
            }
        }

        if (notes.Count > 0 && next.History.Count > 0 && ReferenceEquals(next.History[^1], plan.HistoryEntry))
        {
            var entry = next.History[^1];
            next = next with { History = [.. next.History.Take(next.History.Count - 1), entry with { Cause = $"{entry.Cause}; {string.Join("; ", notes)}" }] };
        }

        var saved = await transaction.SaveAsync(next, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new Executed(null, plan, saved, null);
    }

    private async Task<string?> RunActionAsync(WorkflowTransitionPlan plan, PlannedWorkflowAction planned, WorkflowCampaign campaign, WorkflowDefinition definition, IWorkflowTransaction transaction, DateTimeOffset now, DateOnly today, List<WorkflowRaisedEvent> raised, List<string> notes, CancellationToken cancellationToken)
    {
        var handler = actions.Find(planned.Action.Name);
        if (handler is null)
        {
            return $"no handler is registered for action '{planned.Action.Name}'";
        }

        try
        {
            var context = new WorkflowActionContext(plan, planned, campaign, definition, transaction, now, today, services, raised, notes);
            await handler.ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    private async Task<WorkflowTriggerResult> RecordIncidentAsync(WorkflowInstance instance, WorkflowTrigger trigger, string step, string? location, string message, WorkflowIncident? retrying, DateTimeOffset now, WorkflowTransitionPlan? plan, CancellationToken cancellationToken)
    {
        WorkflowIncident incident;
        IReadOnlyList<WorkflowIncident> incidents;
        if (retrying is not null)
        {
            incident = retrying with { At = now, State = instance.State, Step = step, Location = location, Message = message, Attempts = retrying.Attempts + 1 };
            incidents = [.. instance.Incidents.Select(i => i.Id == retrying.Id ? incident : i)];
        }
        else
        {
            incident = new WorkflowIncident(Guid.CreateVersion7(now), now, instance.State, step, location, message, trigger);
            incidents = [.. WorkflowEngine.Resolve(instance.Incidents, now, "superseded by a newer incident"), incident];
        }

        WorkflowInstance saved;
        var transaction = await store.BeginAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            saved = await transaction.SaveAsync(instance with { Incidents = incidents }, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        LogIncident(instance.Id, instance.CampaignNo, trigger.ToString(), step, message);
        return new WorkflowTriggerResult(WorkflowTriggerOutcome.Faulted, saved, plan, $"{step} failed: {message}", incident);
    }

    private async Task ApplyTimersAsync(WorkflowInstance instance, WorkflowTransitionPlan plan, CancellationToken cancellationToken)
    {
        // The instance is committed and its Timers are the truth; a scheduler hiccup is logged, and
        // re-arming the instance's pending timers (e.g. at start-up) repairs it.
        foreach (var timer in plan.TimersToCancel.Where(t => t.Id != plan.Trigger.TimerId))
        {
            try
            {
                await scheduler.CancelAsync(instance.Id, timer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSchedulerFailure(instance.Id, timer.Id, "cancel", ex.Message);
            }
        }

        foreach (var timer in plan.TimersToArm)
        {
            try
            {
                await scheduler.ScheduleAsync(instance.Id, timer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSchedulerFailure(instance.Id, timer.Id, "schedule", ex.Message);
            }
        }
    }

    private async Task<IReadOnlyList<WorkflowTriggerResult>> DispatchAsync(WorkflowRaisedEvent raisedEvent, int depth, CancellationToken cancellationToken)
    {
        if (depth > options.MaxRaisedEventDepth)
        {
            var message = $"event '{raisedEvent.EventName}' for campaign {raisedEvent.CampaignNo} not sent: events raised {depth} deep (limit {options.MaxRaisedEventDepth}); is there a loop?";
            return [Refuse(null, message)];
        }

        var instances = await store.FindByCampaignAsync(raisedEvent.CampaignNo, cancellationToken).ConfigureAwait(false);
        var running = instances.Where(i => i.Status == WorkflowInstanceStatus.Running).ToList();
        if (running.Count == 0)
        {
            return [Refuse(null, $"event '{raisedEvent.EventName}': campaign {raisedEvent.CampaignNo} has no running workflow")];
        }

        var results = new List<WorkflowTriggerResult>(running.Count);
        foreach (var instance in running)
        {
            results.Add(await RunAsync(instance.Id, _ => (WorkflowTrigger.Event(raisedEvent.EventName, raisedEvent.PayloadJson), null), depth, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>What happened inside the unit of work: a final answer, an incident to record, or a committed snapshot.</summary>
    private sealed record Executed(WorkflowTriggerResult? Final, WorkflowTransitionPlan? Plan, WorkflowInstance? Saved, FailedStep? Incident);

    private sealed record FailedStep(string Step, string? Location, string Message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow instance {InstanceId} (campaign {CampaignNo}): {Trigger} failed at {Step}: {Message}; incident recorded")]
    private partial void LogIncident(Guid instanceId, string campaignNo, string trigger, string step, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workflow instance {InstanceId} (campaign {CampaignNo}): unhandled: {Message}")]
    private partial void LogUnhandled(Guid instanceId, string campaignNo, string message);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Workflow instance {InstanceId}: {Trigger} hit a concurrent change (attempt {Attempt}): {Message}; replanning")]
    private partial void LogConcurrencyRetry(Guid instanceId, string trigger, int attempt, string message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workflow instance {InstanceId}: could not {Operation} timer {TimerId}: {Message}")]
    private partial void LogSchedulerFailure(Guid instanceId, Guid timerId, string operation, string message);
}
