using CampaignFlow.Host.Web;

namespace CampaignFlow.Host.Cli;

/// <summary>The host's services for a verb that needs no store (rules, plugins): configured as the server is, nothing opened or migrated.</summary>
internal static class CliServices
{
    public static async Task<int> RunAsync(Func<IServiceProvider, Task<int>> work)
    {
        var settings = new HostRunSettings
        {
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
            return await work(app.Services);
        }
    }
}
