using CampaignFlow.Plugins.Abstractions;
using CampaignFlow.Plugins.Loading;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// The letter plugin alone: letters with the lines the outbox's letters carry, sent straight to the channel as the outbox
/// sends (asynchronously, a few more at a time than there are cores; blocking pool threads on each send would starve the
/// pool the channel's guard runs sends on).
/// </summary>
internal static class DirectLetters
{
    public static async Task<int> SendAsync(GuardedChannel channel, BareLetters bare, int letters, int loggedSegmentEntryNo, string batch)
    {
        var delivered = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount };
        await Parallel.ForEachAsync(Enumerable.Range(0, letters), options, async (i, ct) =>
        {
            var message = new ChannelMessage
            {
                Id = new DeliveryId(loggedSegmentEntryNo, (i + 1) * 10000), BatchId = batch, Kind = ChannelKind.HardCopy,
                ContactNo = BenchWorld.ContactNo(i % 1000), ContactName = $"Visitor {(i % 1000) + 1}", Subject = "Thank you for visiting our stand",
                BodyText = bare.Body(BareLetters.Model(i)), SalespersonName = "Otis Falls", CampaignDescription = "Salon FUTURUS",
            };
            if ((await channel.SendAsync(message, ct)).IsDelivered) Interlocked.Increment(ref delivered);
        });
        return delivered;
    }
}
