using CampaignFlow.Host.Web;
using CampaignFlow.Storage;

namespace CampaignFlow.Host.Cli;

/// <summary>Opens the configured store for a verb that works on data without serving (import, export, keys).</summary>
internal static class CliStore
{
    /// <summary>Runs <paramref name="work"/> on a prepared store; a store that cannot open becomes exit code 3 with its message.</summary>
    public static async Task<int> RunAsync(string? database, Func<WebApplication, Task<int>> work, CancellationToken cancellationToken)
    {
        // Logs go to stderr and only from warnings up, so stdout stays clean for --json.
        var settings = new HostRunSettings
        {
            Database = database,
            Configuration = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:Console:LogToStandardErrorThreshold"] = "Trace",
            },
        };
        WebApplication app;
        try
        {
            app = CampaignFlowWebApp.Build(settings);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"campaignflow: invalid configuration: {ex.Message}");
            return ExitCodes.BadInput;
        }
        await using (app)
        {
            try
            {
                await HostRunner.PrepareAsync(app, settings, cancellationToken);
                return await work(app);
            }
            catch (StoreStartupException ex)
            {
                await Console.Error.WriteLineAsync($"campaignflow: {ex.Message}");
                return ExitCodes.StoreFailure;
            }
            catch (System.Data.Common.DbException ex)
            {
                await Console.Error.WriteLineAsync($"campaignflow: the store failed: {ex.Message}");
                return ExitCodes.StoreFailure;
            }
        }
    }
}
