using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Channels.Phone;

/// <summary>The call list the phone plugin exports: open call tasks per salesperson, and outcomes recorded back as interactions.</summary>
internal sealed class PhoneCallList(IPhoneTaskService tasks, IInteractionOutcomeRecorder recorder, TimeProvider time) : ICallList
{
    public Task<IReadOnlyList<PhoneCallTask>> GetCallListAsync(string salespersonCode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(salespersonCode);
        return tasks.GetOpenCallTasksAsync(salespersonCode, cancellationToken);
    }

    public async Task<int> RecordOutcomeAsync(string taskNo, CallOutcomeKind outcome, string? note, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown call outcome.");
        }

        var task = await tasks.FindCallTaskAsync(taskNo, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"No phone-call task '{taskNo}'.");
        if (task.Completed)
        {
            throw new InvalidOperationException($"Phone-call task '{taskNo}' is already completed; its outcome was recorded.");
        }

        var entryNo = await recorder.RecordAsync(
            new InteractionOutcome
            {
                DeliveryId = task.Request.DeliveryId,
                InteractionEntryNo = task.Request.InteractionEntryNo,
                ContactNo = task.Request.ContactNo,
                SalespersonCode = task.Request.SalespersonCode,
                CampaignNo = task.Request.CampaignNo,
                Outcome = outcome,
                Note = note,
                OccurredAt = time.GetUtcNow(),
            },
            cancellationToken).ConfigureAwait(false);
        await tasks.CompleteCallTaskAsync(taskNo, cancellationToken).ConfigureAwait(false);
        return entryNo;
    }
}
