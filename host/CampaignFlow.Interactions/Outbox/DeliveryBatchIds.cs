using System.Globalization;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Plugins.Abstractions;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>Names shared by the host and the channels: the batch of a logged segment, the kind of a correspondence type.</summary>
public static class DeliveryBatchIds
{
    /// <summary>The channel batch of a logged segment, e.g. "LS00000012" (the letter plugin's print batch folder and file name).</summary>
    public static string For(int loggedSegmentEntryNo) => string.Create(CultureInfo.InvariantCulture, $"LS{loggedSegmentEntryNo:D8}");

    public static ChannelKind? KindOf(CorrespondenceType type) => type switch
    {
        CorrespondenceType.HardCopy => ChannelKind.HardCopy,
        CorrespondenceType.Email => ChannelKind.Email,
        CorrespondenceType.Phone => ChannelKind.Phone,
        _ => null,
    };
}
