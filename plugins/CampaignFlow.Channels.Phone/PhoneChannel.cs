using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Channels.Phone;

/// <summary>
/// "Delivers" a phone message by creating a phone-call task for the line's salesperson, with the rendered body as the
/// call script. The host's task service creates at most one task per delivery id, so a repeated send is harmless.
/// </summary>
internal sealed class PhoneChannel(IPhoneTaskService tasks) : IChannel
{
    public string Code => "phone";

    public IReadOnlyCollection<ChannelKind> Handles { get; } = [ChannelKind.Phone];

    /// <summary>A call sent again finds its task already there (one task per delivery id), so results may be recorded in larger batches.</summary>
    public bool IsIdempotent => true;

    public async Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        if (message.Kind != ChannelKind.Phone)
        {
            return DeliveryResult.Permanent($"The phone channel creates call tasks only; delivery {message.Id} is {message.Kind}.");
        }

        if (string.IsNullOrWhiteSpace(message.SalespersonCode))
        {
            return DeliveryResult.Permanent($"Delivery {message.Id} for contact {message.ContactNo} has no salesperson to make the call.");
        }

        var task = await tasks.CreateCallTaskAsync(
            new PhoneCallTaskRequest
            {
                DeliveryId = message.Id,
                SalespersonCode = message.SalespersonCode,
                ContactNo = message.ContactNo,
                ContactName = message.ContactName,
                PhoneNo = message.ContactPhone,
                CampaignNo = message.CampaignNo,
                InteractionEntryNo = message.InteractionEntryNo,
                Subject = message.Subject,
                Script = message.BodyText,
            },
            cancellationToken).ConfigureAwait(false);
        return DeliveryResult.Delivered(task.TaskNo);
    }
}
