using System.Globalization;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Renders each letter to <c>&lt;OutputFolder&gt;/&lt;batch id&gt;/&lt;delivery id&gt;.pdf</c> and, when a batch completes,
/// merges the batch's letters in line order into <c>&lt;batch id&gt;.print-0001.pdf</c>, … (at most
/// <see cref="LettersPerPrintFile"/> letters each, so memory stays bounded). Files are written to a temporary name and
/// renamed, so a crash never leaves a half-written PDF, and sending a delivery again overwrites its own file only.
/// </summary>
internal sealed class LetterChannel : IBatchAwareChannel
{
    public const int LettersPerPrintFile = 1000;
    private const string UnbatchedFolder = "unbatched";

    private readonly LetterRenderer _renderer;
    private readonly ILogger<LetterChannel> _logger;
    private readonly string _outputFolder;

    public LetterChannel(IOptions<LetterOptions> options, ILogger<LetterChannel> logger)
    {
        _logger = logger;
        _outputFolder = Path.GetFullPath(options.Value.OutputFolder);
        Directory.CreateDirectory(_outputFolder);
        _renderer = new LetterRenderer(options.Value);
    }

    public string Code => "letter";

    public IReadOnlyCollection<ChannelKind> Handles { get; } = [ChannelKind.HardCopy];

    public Task<DeliveryResult> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (message.Kind != ChannelKind.HardCopy)
        {
            return Task.FromResult(DeliveryResult.Permanent($"The letter channel prints hard copies only; delivery {message.Id} is {message.Kind}."));
        }

        if (!TryGetBatchFolder(message.BatchId, out var folder, out var error))
        {
            return Task.FromResult(DeliveryResult.Permanent(error));
        }

        var path = Path.Combine(folder, message.Id + ".pdf");
        try
        {
            Directory.CreateDirectory(folder);
            WriteAtomically(path, stream => _renderer.Render(message, stream));
        }
        catch (IOException ex)
        {
            return Task.FromResult(DeliveryResult.Transient($"Could not write letter {path}: {ex.Message}"));
        }

        return Task.FromResult(DeliveryResult.Delivered(path));
    }

    public Task BeginBatchAsync(string batchId, CancellationToken cancellationToken)
    {
        if (!TryGetBatchFolder(batchId, out var folder, out var error))
        {
            throw new ArgumentException(error, nameof(batchId));
        }

        Directory.CreateDirectory(folder);
        return Task.CompletedTask;
    }

    public Task CompleteBatchAsync(string batchId, CancellationToken cancellationToken)
    {
        if (!TryGetBatchFolder(batchId, out var folder, out var error))
        {
            throw new ArgumentException(error, nameof(batchId));
        }

        var letters = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray() : [];
        var parts = letters.Chunk(LettersPerPrintFile).ToArray();
        for (var part = 0; part < parts.Length; part++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var printFile = Path.Combine(_outputFolder, string.Create(CultureInfo.InvariantCulture, $"{batchId}.print-{part + 1:D4}.pdf"));
            WriteAtomically(printFile, stream => Merge(parts[part], batchId, stream));
        }

        _logger.LogInformation("Print batch {Batch}: {Letters} letters in {Parts} print file(s) in {Folder}.", batchId, letters.Length, parts.Length, _outputFolder);
        return Task.CompletedTask;
    }

    private static void Merge(IEnumerable<string> letters, string batchId, Stream output)
    {
        using var merged = new PdfDocument();
        merged.Info.Title = $"Print batch {batchId}";
        foreach (var letter in letters)
        {
            using var source = PdfReader.Open(letter, PdfDocumentOpenMode.Import);
            foreach (var page in source.Pages)
            {
                merged.AddPage(page);
            }
        }

        merged.Save(output, closeStream: false);
    }

    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // no-op after the move
        }
    }

    private bool TryGetBatchFolder(string? batchId, out string folder, out string error)
    {
        var name = string.IsNullOrEmpty(batchId) ? UnbatchedFolder : batchId;
        folder = Path.Combine(_outputFolder, name);
        var valid = name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name is not "." and not ".." && name.Length <= 100;
        error = valid ? string.Empty : $"Batch id '{batchId}' cannot be used as a folder name (letters, digits, '-', '_' and '.' only).";
        return valid;
    }
}
