using System.CommandLine;
using System.Diagnostics;
using CampaignFlow.Interactions;
using CampaignFlow.Interactions.Outbox;
using CampaignFlow.Storage;

namespace CampaignFlow.Host.Cli;

/// <summary>
/// `campaignflow deliver [--database file] [--until-empty] [--workers n] [--Section:Key=value …]`: runs the delivery
/// workers on the outbox without the web host; with --until-empty it stops once nothing is left to deliver.
/// </summary>
internal static class DeliverCommand
{
    public static Command Create()
    {
        var database = HostOptions.Database();
        var untilEmpty = new Option<bool>("--until-empty") { Description = "Stop when no delivery is pending (waits for retries and expired leases)." };
        var workers = new Option<int>("--workers") { Description = "Delivery workers side by side (default: Interactions:Workers)." };
        var command = new Command("deliver", "Deliver the outbox: letters, e-mails and call tasks through the channel plugins.") { database, untilEmpty, workers };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
            {
                Args = result.UnmatchedTokens.ToArray(),
                ContentRootPath = AppContext.BaseDirectory,
            });
            var overrides = new Dictionary<string, string?>();
            if (result.GetValue(database) is { } file) overrides["Storage:SqlitePath"] = file;
            if (result.GetValue(untilEmpty)) overrides["Interactions:DeliveryEnabled"] = "false";
            builder.Configuration.AddInMemoryCollection(overrides);
            builder.Services.AddSingleton(TimeProvider.System);
            builder.Services.AddCampaignFlowStorage(builder.Configuration);
            builder.Services.AddCampaignFlowInteractions(builder.Configuration);
            using var host = builder.Build();
            try
            {
                await host.Services.GetRequiredService<StoreInitializer>().InitializeAsync(ct);
            }
            catch (StoreStartupException ex)
            {
                await Console.Error.WriteLineAsync($"campaignflow: {ex.Message}");
                return Web.HostRunner.StoreFailureExitCode;
            }

            await host.StartAsync(ct);
            if (!result.GetValue(untilEmpty))
            {
                await host.WaitForShutdownAsync(ct);
                return 0;
            }

            var count = result.GetValue(workers) is > 0 and var n ? n : host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<InteractionsOptions>>().Value.Workers;
            var watch = Stopwatch.StartNew();
            var summary = await host.Services.GetRequiredService<DeliveryProcessor>().RunUntilEmptyAsync(count, ct);
            Console.WriteLine($"Delivered {summary.Delivered:N0}, failed {summary.Failed:N0}, retried {summary.Retrying:N0} in {watch.Elapsed.TotalSeconds:F1} s.");
            await host.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }
}
