using System.CommandLine;
using System.Diagnostics;
using CampaignFlow.Host.Web;
using CampaignFlow.Storage;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow seed --contacts N`: adds N synthetic contacts quickly (for benchmarks and load tests).</summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var contacts = new Option<int>("--contacts") { Description = "How many synthetic contacts to add.", DefaultValueFactory = _ => 10_000 };
        var database = HostOptions.Database();
        var command = new Command("seed", "Add N synthetic contacts (companies and persons with job responsibilities and relations).") { contacts, database };
        contacts.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000_000) r.AddError("--contacts must be between 1 and 10,000,000.");
        });
        command.SetAction(async (result, ct) =>
        {
            var settings = new HostRunSettings { Database = result.GetValue(database) };
            await using var app = CampaignFlowWebApp.Build(settings);
            try
            {
                await HostRunner.PrepareAsync(app, settings, ct);
            }
            catch (StoreStartupException ex)
            {
                await Console.Error.WriteLineAsync($"campaignflow: {ex.Message}");
                return HostRunner.StoreFailureExitCode;
            }
            var count = result.GetValue(contacts);
            var watch = Stopwatch.StartNew();
            await using var scope = app.Services.CreateAsyncScope();
            var seeder = scope.ServiceProvider.GetRequiredService<SyntheticContactSeeder>();
            var added = await seeder.SeedAsync(count, ct);
            Console.WriteLine($"Added {added:N0} contacts in {watch.Elapsed.TotalSeconds:F1} s ({added / Math.Max(watch.Elapsed.TotalSeconds, 0.001):N0}/s).");
            return 0;
        });
        return command;
    }
}
