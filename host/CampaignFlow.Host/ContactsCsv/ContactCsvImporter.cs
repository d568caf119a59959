using System.Diagnostics;
using CampaignFlow.Domain.Contacts;
using CampaignFlow.Storage;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.ContactsCsv;

/// <summary>
/// Imports contacts from CSV (header: <see cref="ContactCsvColumns"/>). Each good row is upserted by its No.
/// (re-importing is idempotent), each bad row is reported with its row number, field and reason. Rows are
/// written with one prepared command in transactions of <see cref="BatchSize"/> rows, so a million
/// contacts take seconds, not minutes; a row is never half-written. The CONTACT number series is moved past every
/// imported number of its form in the same transactions, and a row without a No. gets the series' next number (so
/// such a row makes a new contact on every import: give rows their No. to keep re-imports idempotent).
/// </summary>
public sealed class ContactCsvImporter(CampaignFlowDbContext db)
{
    public const int BatchSize = 50_000;
    public const int MaxListedRejections = 10_000;

    /// <summary>Imports the CSV; <paramref name="progress"/> is called every few thousand rows with the bytes read so far.</summary>
    public async Task<ContactImportResult> ImportAsync(Stream csv, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var watch = Stopwatch.StartNew();
        var companies = await db.Contacts.AsNoTracking().Where(c => c.Type == ContactType.Company).ToDictionaryAsync(c => c.No, c => c.Name, StringComparer.Ordinal, cancellationToken);
        var salespeople = (await db.Salespeople.AsNoTracking().Select(s => s.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var languages = (await db.Languages.AsNoTracking().Select(l => l.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        // PoolStrings: the repeating columns (type, salesperson, country, language, city …) decode to one shared string each.
        await using var csvReader = CsvReader.Create(csv, CsvReaderOptions.Default with { TrackLineNumbers = true, PoolStrings = true }, true);
        await csvReader.ReadHeaderAsync(cancellationToken);
        CheckHeader(csvReader.Headers);
        var parser = new ContactRowParser(companies, salespeople, languages, csvReader.Headers);

        var rejected = new List<RejectedRow>();
        int rows = 0, imported = 0, rejectedCount = 0;
        var table = db.Model.FindEntityType(typeof(Contact))!.GetTableName()!;
        await db.Database.OpenConnectionAsync(cancellationToken);
        using var numbering = await ContactNumbering.LoadAsync(db, cancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            await SqliteBulkCache.EnlargeAsync(db, cancellationToken);
            var transaction = await connection.BeginTransactionAsync(cancellationToken);
            using var writer = new ContactUpsertWriter(connection, transaction, table);
            string? numberedNo = null;
            Func<string>? allocate = numbering.CanNumber ? () => numberedNo = numbering.Next(transaction) : null;
            while (await csvReader.ReadAsync(cancellationToken))
            {
                rows++;
                var row = (int)csvReader.LineNumber;
                numberedNo = null;
                var contact = parser.Parse(csvReader, row, allocate, out var rejection);
                if (contact is not null && contact.No != numberedNo && numbering.WasAssigned(contact.No))
                    rejection = new RejectedRow(row, contact.No, "No", $"'{contact.No}' was given to an earlier row without a No. in this file.");
                else if (contact is not null && !writer.Write(contact))
                    rejection = new RejectedRow(row, contact.No, "Type", $"contact '{contact.No}' exists as the other type; a contact's type cannot change.");
                else if (contact is not null) numbering.Observe(contact.No);
                if (rejection is not null)
                {
                    rejectedCount++;
                    if (rejected.Count < MaxListedRejections) rejected.Add(rejection);
                }
                else imported++;
                if (rows % BatchSize == 0)
                {
                    numbering.Flush(transaction);
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                    cancellationToken.ThrowIfCancellationRequested();
                    transaction = await connection.BeginTransactionAsync(cancellationToken);
                    writer.Transaction = transaction;
                }
                if (rows % 5_000 == 0) progress?.Invoke(csvReader.ByteOffset);
            }
            numbering.Flush(transaction);
            await transaction.CommitAsync(cancellationToken);
            await transaction.DisposeAsync();
        }
        finally
        {
            await SqliteBulkCache.RestoreAsync(db);
            await db.Database.CloseConnectionAsync();
        }
        progress?.Invoke(csv.CanSeek ? csv.Length : csvReader.ByteOffset);
        return new ContactImportResult(rows, imported, rejectedCount, rejected, watch.Elapsed) { Numbered = numbering.Numbered };
    }

    private static void CheckHeader(IReadOnlyList<string> header)
    {
        if (header.Count == 0) throw new ContactCsvException("The file is empty; the first line must be the header: " + string.Join(",", ContactCsvColumns.All));
        var missing = ContactCsvColumns.Required.Where(r => !header.Contains(r, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0) throw new ContactCsvException($"Line 1 (header): missing column(s) {string.Join(", ", missing)}; expected {string.Join(",", ContactCsvColumns.All)}.");
        var unknown = header.Where(h => !ContactCsvColumns.All.Contains(h, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0) throw new ContactCsvException($"Line 1 (header): unknown column(s) {string.Join(", ", unknown)}; the columns are {string.Join(",", ContactCsvColumns.All)}.");
        var optionalMissing = ContactCsvColumns.All.Except(header, StringComparer.Ordinal).ToList();
        if (optionalMissing.Count > 0) throw new ContactCsvException($"Line 1 (header): missing column(s) {string.Join(", ", optionalMissing)} (they may be empty, but must be there).");
    }
}
