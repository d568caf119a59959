using CampaignFlow.Domain.Contacts;

namespace CampaignFlow.Campaigns.Statistics;

/// <summary>
/// Deliveries of one correspondence type (channel): Delivered, Failed (delivery status Error), InProgress, and
/// NotSent (blank status: logged without sending, or sent by a channel that does not report back).
/// </summary>
public sealed record ChannelStatistics(CorrespondenceType CorrespondenceType, int Entries, int Delivered, int Failed, int InProgress, int NotSent);
