using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Interactions.Phone;

/// <summary>The host's call list (what the web UI shows a salesperson): open phone-call tasks; recording an outcome logs it and closes the task.</summary>
public sealed class StoreCallList(IPhoneTaskService tasks, IInteractionOutcomeRecorder recorder, TimeProvider time) : ICallList
{
    public Task<IReadOnlyList<PhoneCallTask>> GetCallListAsync(string salespersonCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(salespersonCode);
        return tasks.GetOpenCallTasksAsync(salespersonCode, cancellationToken);
    }

    public async Task<int> RecordOutcomeAsync(string taskNo, CallOutcomeKind outcome, string? note, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(outcome)) throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown call outcome.");
        var task = await tasks.FindCallTaskAsync(taskNo, cancellationToken) ?? throw new KeyNotFoundException($"No phone-call task '{taskNo}'.");
        if (task.Completed) throw new InvalidOperationException($"Phone-call task '{taskNo}' is already completed; its outcome was recorded.");
        var entryNo = await recorder.RecordAsync(new InteractionOutcome
        {
            DeliveryId = task.Request.DeliveryId,
            InteractionEntryNo = task.Request.InteractionEntryNo,
            ContactNo = task.Request.ContactNo,
            SalespersonCode = task.Request.SalespersonCode,
            CampaignNo = task.Request.CampaignNo,
            Outcome = outcome,
            Note = note,
            OccurredAt = time.GetUtcNow(),
        }, cancellationToken);
        await tasks.CompleteCallTaskAsync(taskNo, cancellationToken);
        return entryNo;
    }
}
