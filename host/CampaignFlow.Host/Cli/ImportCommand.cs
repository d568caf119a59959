using System.CommandLine;
using System.Text.Json;
using CampaignFlow.Host.ContactsCsv;
using CampaignFlow.Storage;
using Spectre.Console;

namespace CampaignFlow.Host.Cli;

/// <summary>
/// `campaignflow import contacts &lt;csv&gt;`: good rows are imported (upserted by No.), bad rows are listed
/// with row number, field and reason. Exit 0 all imported, 5 some rejected, 2 file unusable, 3 store failed.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Import data from files.");
        var file = new Argument<FileInfo>("csv") { Description = "The CSV file (header: " + string.Join(",", ContactCsvColumns.All) + ")." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary for scripts (no progress bar)." };
        var database = HostOptions.Database();
        var contacts = new Command("contacts", "Import contacts from CSV; re-importing the same file updates the same contacts.") { file, json, database };
        contacts.SetAction((result, ct) => RunAsync(result.GetValue(file)!, result.GetValue(json), result.GetValue(database), ct));
        import.Subcommands.Add(contacts);
        return import;
    }

    private static async Task<int> RunAsync(FileInfo file, bool json, string? database, CancellationToken ct)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"campaignflow: {file.FullName}: no such file.");
            return ExitCodes.BadInput;
        }
        return await CliStore.RunAsync(database, async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var importer = new ContactCsvImporter(scope.ServiceProvider.GetRequiredService<CampaignFlowDbContext>());
            ContactImportResult result;
            try
            {
                await using var stream = file.OpenRead();
                result = json || Console.IsOutputRedirected
                    ? await importer.ImportAsync(stream, null, ct)
                    : await AnsiConsole.Progress().StartAsync(async progress =>
                    {
                        var task = progress.AddTask($"Importing {file.Name}", maxValue: Math.Max(1, file.Length));
                        return await importer.ImportAsync(stream, bytes => task.Value = bytes, ct);
                    });
            }
            catch (ContactCsvException ex)
            {
                if (json) Console.WriteLine(JsonSerializer.Serialize(new { file = file.FullName, error = ex.Message }));
                await Console.Error.WriteLineAsync($"campaignflow: {file.FullName}: {ex.Message}");
                return ExitCodes.BadInput;
            }
            catch (CsvHelper.CsvFormatException ex)
            {
                await Console.Error.WriteLineAsync($"campaignflow: {file.FullName}: the CSV cannot be read: {ex.Message}");
                return ExitCodes.BadInput;
            }
            Report(file, result, json);
            return result.RejectedCount == 0 ? ExitCodes.Ok : ExitCodes.RowsRejected;
        }, ct);
    }

    private static void Report(FileInfo file, ContactImportResult result, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                file = file.FullName, rows = result.Rows, imported = result.Imported, rejected = result.RejectedCount,
                numbered = result.Numbered,
                seconds = Math.Round(result.Elapsed.TotalSeconds, 2),
                rejections = result.Rejected.Select(r => new { row = r.Row, no = r.No, field = r.Field, reason = r.Reason }),
            }));
            return;
        }
        Console.WriteLine($"{file.Name}: {result.Rows:N0} rows, {result.Imported:N0} imported, {result.RejectedCount:N0} rejected, in {result.Elapsed.TotalSeconds:F1} s.");
        if (result.Numbered > 0) Console.WriteLine($"{result.Numbered:N0} row(s) without a No. were numbered from the CONTACT series.");
        if (result.RejectedCount == 0) return;
        var table = new Table().AddColumns("Row", "No.", "Field", "Reason");
        foreach (var r in result.Rejected.Take(50)) table.AddRow(r.Row.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(r.No ?? ""), Markup.Escape(r.Field), Markup.Escape(r.Reason));
        AnsiConsole.Write(table);
        if (result.RejectedCount > 50) Console.WriteLine($"… and {result.RejectedCount - 50:N0} more rejected rows (use --json for the full list).");
    }
}
