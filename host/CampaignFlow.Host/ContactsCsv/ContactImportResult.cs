namespace CampaignFlow.Host.ContactsCsv;

/// <summary>What an import did. <see cref="Rejected"/> lists up to <see cref="ContactCsvImporter.MaxListedRejections"/> rows; <see cref="RejectedCount"/> counts all.</summary>
public sealed record ContactImportResult(int Rows, int Imported, int RejectedCount, IReadOnlyList<RejectedRow> Rejected, TimeSpan Elapsed)
{
    /// <summary>How many of the imported rows had no No. and were numbered from the CONTACT series.</summary>
    public int Numbered { get; init; }
}
