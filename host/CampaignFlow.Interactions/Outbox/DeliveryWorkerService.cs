using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Interactions.Outbox;

/// <summary>
/// The hosted delivery service: <see cref="InteractionsOptions.Workers"/> workers, each claiming and delivering batches,
/// waiting <see cref="InteractionsOptions.PollInterval"/> when nothing is due. A failing round is logged; the worker goes on.
/// </summary>
internal sealed class DeliveryWorkerService(DeliveryProcessor processor, IOptions<InteractionsOptions> options, TimeProvider time, ILogger<DeliveryWorkerService> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DeliveryEnabled) return Task.CompletedTask;
        return Task.WhenAll(Enumerable.Range(1, settings.Workers).Select(worker => RunWorkerAsync(DeliveryProcessor.WorkerName(worker), settings, stoppingToken)));
    }

    private async Task RunWorkerAsync(string name, InteractionsOptions settings, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var done = await processor.ProcessBatchAsync(name, stoppingToken);
                if (done.Processed > 0) continue;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a worker must outlive any one failing round (database down, a bug in one message)
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Delivery worker {Worker}: a round failed; retrying after {Delay}.", name, settings.PollInterval);
            }

            try { await Task.Delay(settings.PollInterval, time, stoppingToken); }
            catch (OperationCanceledException) { return; }
        }
    }
}
