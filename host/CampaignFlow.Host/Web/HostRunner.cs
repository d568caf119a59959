using CampaignFlow.Host.Demo;
using CampaignFlow.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CampaignFlow.Host.Web;

/// <summary>Starts the host for a verb: prepares the store (and demo data), serves, prints where, stops gracefully.</summary>
public static class HostRunner
{
    public const int StoreFailureExitCode = Cli.ExitCodes.StoreFailure;

    public static async Task<int> RunAsync(HostRunSettings settings, CancellationToken cancellationToken)
    {
        WebApplication app;
        try
        {
            app = CampaignFlowWebApp.Build(settings);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"campaignflow: invalid configuration: {ex.Message}");
            return Cli.ExitCodes.BadInput;
        }
        await using (app)
        {
            try
            {
                await PrepareAsync(app, settings, cancellationToken);
                await app.StartAsync(cancellationToken);
            }
            catch (StoreStartupException ex)
            {
                await Console.Error.WriteLineAsync($"campaignflow: {ex.Message}");
                return StoreFailureExitCode;
            }
            catch (IOException ex) when (ex.InnerException is System.Net.Sockets.SocketException || ex.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                await Console.Error.WriteLineAsync($"campaignflow: cannot listen: {ex.Message}");
                return Cli.ExitCodes.CannotListen;
            }
            foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
                Console.WriteLine($"CampaignFlow is listening on {address}");
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }

    /// <summary>Creates and migrates the store, then adds the demo data when asked; before anything serves.</summary>
    public static async Task PrepareAsync(WebApplication app, HostRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        await app.Services.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
        if (settings.WithDemoData)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().EnsureAsync(cancellationToken);
        }
    }
}
