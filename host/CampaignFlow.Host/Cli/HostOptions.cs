using System.CommandLine;

namespace CampaignFlow.Host.Cli;

/// <summary>Options every verb that starts the host shares.</summary>
internal static class HostOptions
{
    public static Option<string?> Urls() => new("--urls")
    {
        Description = "Where to listen, e.g. http://127.0.0.1:5080 (default: ASPNETCORE_URLS, else http://127.0.0.1:5080).",
    };

    public static Option<string?> Database() => new("--database")
    {
        Description = "The SQLite file to use (default: Storage:SqlitePath, data/campaignflow.db).",
    };
}
