using CampaignFlow.Host.Demo;
using CampaignFlow.Rules;
using CampaignFlow.Storage;
using CampaignFlow.Storage.RuleSets;
using Microsoft.Extensions.Options;
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
            if (settings.WithDemoData) PrintDemoKeys(app.Services.GetRequiredService<DemoApiKeys>());
            await app.WaitForShutdownAsync(cancellationToken);
        }
        return 0;
    }

    /// <summary>Creates and migrates the store, imports the shipped rule sets, then adds the demo data when asked; before anything serves.</summary>
    public static async Task PrepareAsync(WebApplication app, HostRunSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(settings);
        await app.Services.GetRequiredService<StoreInitializer>().InitializeAsync(cancellationToken);
        await app.Services.GetRequiredService<RuleSetStore>().ImportShippedAsync(
            app.Services.GetRequiredService<IOptions<RulesOptions>>().Value.RulesDirectory, cancellationToken);
        if (settings.WithDemoData)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().EnsureAsync(cancellationToken);
            await app.Services.GetRequiredService<DemoApiKeys>().EnsureAsync(cancellationToken);
        }
    }

    private static void PrintDemoKeys(DemoApiKeys demo)
    {
        Console.WriteLine($"Demo API keys (also in {demo.KeyFilePath}); sign in to the web UI with one, or send it as X-Api-Key:");
        foreach (var (role, key) in demo.Keys) Console.WriteLine($"  {role,-9} {key}");
    }
}
