using System.Globalization;
using PdfSharp.Pdf.IO;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Writes a batch's letters, in line order (the ordinal order of their file names), into print files of at most
/// <see cref="LettersPerPrintFile"/> letters each, so memory stays bounded; the print files are written side by side.
/// A letter is drawn again from its journal line when that line is at least as new as its PDF; otherwise (a line lost in a
/// crash, a letter written by another version) its PDF's pages are imported. The journals are removed once the batch is written.
/// </summary>
internal sealed class PrintBatchWriter(LetterRenderer renderer, string outputFolder)
{
    public const int LettersPerPrintFile = 1000;

    public (int Letters, int Parts) Write(string batchId, string folder, CancellationToken cancellationToken)
    {
        var letters = Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateFiles("*.pdf").OrderBy(file => file.Name, StringComparer.Ordinal).ToArray()
            : [];
        var parts = letters.Chunk(LettersPerPrintFile).ToArray();
        using (var journal = Directory.Exists(folder) ? LetterJournalIndex.Read(folder) : null)
        {
            var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, parts.Length, options, part =>
            {
                var printFile = Path.Combine(outputFolder, string.Create(CultureInfo.InvariantCulture, $"{batchId}.print-{part + 1:D4}.pdf"));
                PdfFiles.WriteAtomically(printFile, stream => Merge(parts[part], batchId, journal, stream));
            });
        }

        if (Directory.Exists(folder))
        {
            foreach (var written in Directory.EnumerateFiles(folder, LetterJournal.FilePattern))
            {
                File.Delete(written);
            }
        }

        return (letters.Length, parts.Length);
    }

    private void Merge(IEnumerable<FileInfo> letters, string batchId, LetterJournalIndex? journal, Stream output)
    {
        using var merged = renderer.CreateDocument();
        merged.Info.Title = $"Print batch {batchId}";
        foreach (var file in letters)
        {
            if (journal?.Find(Path.GetFileNameWithoutExtension(file.Name), file.LastWriteTimeUtc) is { } letter)
            {
                renderer.Draw(merged, letter);
                continue;
            }

            using var source = PdfReader.Open(file.FullName, PdfDocumentOpenMode.Import);
            foreach (var page in source.Pages)
            {
                merged.AddPage(page);
            }
        }

        merged.Save(output, closeStream: false);
    }
}
