using System.CommandLine;
using CampaignFlow.Host.Web;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow demo`: creates (or reuses) a store with CRONUS-style demo data, then serves it.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var urls = HostOptions.Urls();
        var database = HostOptions.Database();
        var command = new Command("demo", "Create or reuse an embedded database with the demo data, then run CampaignFlow on it.") { urls, database };
        // Anything else (e.g. --Storage:Provider=PostgreSql) goes to ASP.NET Core's configuration.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction((result, ct) => HostRunner.RunAsync(
            new HostRunSettings { Urls = result.GetValue(urls), Database = result.GetValue(database), WithDemoData = true, ExtraArgs = result.UnmatchedTokens.ToArray() }, ct));
        return command;
    }
}
