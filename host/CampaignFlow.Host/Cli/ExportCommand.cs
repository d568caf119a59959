using System.CommandLine;
using System.Text;
using System.Text.Json;
using CampaignFlow.Host.ContactsCsv;
using CampaignFlow.Storage;
using Spectre.Console;

namespace CampaignFlow.Host.Cli;

/// <summary>`campaignflow export contacts &lt;csv&gt;`: every contact, in the format import reads.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Export data to files.");
        var file = new Argument<FileInfo>("csv") { Description = "The CSV file to write (replaced if it exists)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary for scripts (no progress)." };
        var database = HostOptions.Database();
        var contacts = new Command("contacts", "Export all contacts to CSV.") { file, json, database };
        contacts.SetAction((result, ct) => RunAsync(result.GetValue(file)!, result.GetValue(json), result.GetValue(database), ct));
        export.Subcommands.Add(contacts);
        return export;
    }

    private static async Task<int> RunAsync(FileInfo file, bool json, string? database, CancellationToken ct)
    {
        if (file.Directory is { Exists: false } folder)
        {
            await Console.Error.WriteLineAsync($"campaignflow: {folder.FullName}: no such folder.");
            return ExitCodes.BadInput;
        }
        return await CliStore.RunAsync(database, async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var exporter = new ContactCsvExporter(scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>());
            var watch = System.Diagnostics.Stopwatch.StartNew();
            // Written beside the target and moved into place at the end, so a failure never leaves half a file.
            var temporary = file.FullName + ".partial";
            int count;
            await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                count = json || Console.IsOutputRedirected
                    ? await exporter.ExportAsync(writer, null, ct)
                    : await AnsiConsole.Status().StartAsync("Exporting contacts…", async status =>
                        await exporter.ExportAsync(writer, n => status.Status($"Exporting contacts… {n:N0}"), ct));
            }
            File.Move(temporary, file.FullName, overwrite: true);
            Console.WriteLine(json
                ? JsonSerializer.Serialize(new { file = file.FullName, exported = count, seconds = Math.Round(watch.Elapsed.TotalSeconds, 2) })
                : $"Exported {count:N0} contacts to {file.FullName} in {watch.Elapsed.TotalSeconds:F1} s.");
            return ExitCodes.Ok;
        }, ct);
    }
}
