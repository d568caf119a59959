using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Host.ContactsCsv;
using CampaignFlow.Storage;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.Bench;

/// <summary>
/// The CSV import measured against a raw baseline in the same run: the baseline reads the same file with
/// CsvHelper and inserts every row with a bare prepared INSERT (no checks, no upsert) into a fresh store.
/// </summary>
public static class ImportBenchmark
{
    /// <summary>Writes <paramref name="contacts"/> rows (one company in ten, demo salespeople and languages).</summary>
    public static async Task WriteCsvAsync(string path, int contacts)
    {
        string[] salespeople = ["JO", "OF", "PS", "RB", "HR"];
        string[] languages = ["FR", "SV", "NL", "NB", "EN"];
        await using var writer = new StreamWriter(path);
        await writer.WriteLineAsync(string.Join(",", ContactCsvColumns.All));
        string company = "";
        for (var n = 1; n <= contacts; n++)
        {
            var no = $"IM{n:D8}";
            var isCompany = n % 10 == 1;
            if (isCompany) company = no;
            var name = isCompany ? $"Company {n / 10:D7}" : $"Person {n:D8}";
            await writer.WriteLineAsync(string.Join(",",
                no, name, isCompany ? "Company" : "Person", isCompany ? "" : company, salespeople[n % 5], "", "FR", (10000 + n % 89999).ToString(CultureInfo.InvariantCulture),
                $"City {n % 500}", $"{n} Main Street", languages[n % 5], $"c{n}@example.com", "+33 1 00 00 00 00", n % 2 == 0 ? "Email" : "HardCopy", n % 53 == 0 ? "true" : "false"));
        }
    }

    public static async Task<ContactImportResult> ImportAsync(CampaignFlowDbContext db, string path)
    {
        await using var stream = File.OpenRead(path);
        return await new ContactCsvImporter(db).ImportAsync(stream);
    }

    /// <summary>The baseline: CsvHelper + one bare prepared INSERT per row, same batch size, no validation.</summary>
    public static async Task<TimeSpan> RawBaselineAsync(CampaignFlowDbContext db, string path)
    {
        ArgumentNullException.ThrowIfNull(db);
        var watch = Stopwatch.StartNew();
        var table = db.Model.FindEntityType(typeof(Contact))!.GetTableName()!;
        string[] columns = [.. ContactCsvColumns.All.Where(c => c != "CompanyNo"), "Minor", "ParentalConsentReceived", "PrivacyBlocked"];
        await db.Database.OpenConnectionAsync();
        try
        {
            var connection = db.Database.GetDbConnection();
            await SqliteBulkCache.EnlargeAsync(db, CancellationToken.None);
            await using var stream = File.OpenRead(path);
            await using var csv = CsvReader.Create(stream, null, false);
            await csv.ReadHeaderAsync();
            var transaction = await connection.BeginTransactionAsync();
            using var command = Prepare(connection, transaction, table, columns);
            var rows = 0;
            while (await csv.ReadAsync())
            {
                for (var i = 0; i < columns.Length; i++)
                    command.Parameters[i].Value = i < columns.Length - 3 ? (object?)csv.GetStringOrNull(columns[i]) ?? DBNull.Value : false;
                command.ExecuteNonQuery();
                if (++rows % ContactCsvImporter.BatchSize == 0)
                {
                    await transaction.CommitAsync();
                    transaction = await connection.BeginTransactionAsync();
                    command.Transaction = transaction;
                }
            }
            await transaction.CommitAsync();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return watch.Elapsed;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string table, string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"@p{i}"))})";
        for (var i = 0; i < columns.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            command.Parameters.Add(p);
        }
        return command;
    }
}
