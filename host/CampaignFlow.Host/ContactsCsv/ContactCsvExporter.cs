using CampaignFlow.Storage;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace CampaignFlow.Host.ContactsCsv;

/// <summary>Writes every contact to CSV in the import's format (so an export imports back unchanged), streaming by No.</summary>
public sealed class ContactCsvExporter(CampaignFlowDbContext db)
{
    public async Task<int> ExportAsync(TextWriter output, Action<int>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(output, null, true);
        foreach (var column in ContactCsvColumns.All) csv.WriteField(column);
        await csv.EndRecordAsync(cancellationToken);
        var count = 0;
        // Companies first, so a person's company always precedes it when the file is imported back.
        var contacts = db.Contacts.AsNoTracking().OrderBy(c => c.Type == Domain.Contacts.ContactType.Company ? 0 : 1).ThenBy(c => c.No).AsAsyncEnumerable();
        await foreach (var c in contacts.WithCancellation(cancellationToken))
        {
            csv.WriteField(c.No);
            csv.WriteField(c.Name);
            csv.WriteField(c.Type.ToString());
            csv.WriteField(c.Type == Domain.Contacts.ContactType.Company ? "" : c.CompanyNo ?? "");
            csv.WriteField(c.SalespersonCode ?? "");
            csv.WriteField(c.TerritoryCode ?? "");
            csv.WriteField(c.CountryRegionCode ?? "");
            csv.WriteField(c.PostCode ?? "");
            csv.WriteField(c.City ?? "");
            csv.WriteField(c.Address ?? "");
            csv.WriteField(c.LanguageCode ?? "");
            csv.WriteField(c.Email ?? "");
            csv.WriteField(c.PhoneNo ?? "");
            csv.WriteField(c.CorrespondenceType.ToString());
            csv.WriteField(c.ExcludeFromSegment ? "true" : "false");
            await csv.EndRecordAsync(cancellationToken);
            if (++count % 5_000 == 0) progress?.Invoke(count);
        }
        await csv.FlushAsync(cancellationToken);
        progress?.Invoke(count);
        return count;
    }
}
