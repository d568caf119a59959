using System.CommandLine;
using CampaignFlow.Host.Web;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow serve`: runs the host on the configured store.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var urls = HostOptions.Urls();
        var database = HostOptions.Database();
        var command = new Command("serve", "Run CampaignFlow: the web UI, the REST API and the background workers.") { urls, database };
        // Anything else (e.g. --Storage:Provider=PostgreSql) goes to ASP.NET Core's configuration.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => HostRunner.RunAsync(
            new HostRunSettings { Urls = result.GetValue(urls), Database = result.GetValue(database), ExtraArgs = result.UnmatchedTokens.ToArray() }, ct));
        return command;
    }
}
