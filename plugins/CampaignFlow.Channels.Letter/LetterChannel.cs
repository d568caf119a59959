using System.Collections.Concurrent;
using CampaignFlow.Plugins.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Renders each letter to <c>&lt;OutputFolder&gt;/&lt;batch id&gt;/&lt;delivery id&gt;.pdf</c> and, when a batch completes,
/// writes the batch's letters in line order into <c>&lt;batch id&gt;.print-0001.pdf</c>, … (see <see cref="PrintBatchWriter"/>).
/// Files are written to a temporary name and renamed, so a crash never leaves a half-written PDF, and sending a delivery
/// again overwrites its own file only. Sends run side by side: the renderer shares nothing between documents but its fonts.
/// </summary>
internal sealed class LetterChannel : IBatchAwareChannel, IDisposable
{
    private const string UnbatchedFolder = "unbatched";

    private readonly LetterRenderer _renderer;
    private readonly PrintBatchWriter _printBatches;
    private readonly ILogger<LetterChannel> _logger;
    private readonly string _outputFolder;
    private readonly ConcurrentDictionary<string, LetterJournal> _journals = new(StringComparer.Ordinal);

    public LetterChannel(IOptions<LetterOptions> options, ILogger<LetterChannel> logger)
    {
        _logger = logger;
        _outputFolder = Path.GetFullPath(options.Value.OutputFolder);
        Directory.CreateDirectory(_outputFolder);
        _renderer = new LetterRenderer(options.Value);
        _printBatches = new PrintBatchWriter(_renderer, _outputFolder);
    }

    public string Code => "letter";

    public IReadOnlyCollection<ChannelKind> Handles { get; } = [ChannelKind.HardCopy];

    /// <summary>A letter sent again overwrites its PDF (and its journal line), so the host may record results in larger batches.</summary>
    public bool IsIdempotent => true;

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

        var id = message.Id.ToString();
        var path = Path.Combine(folder, id + ".pdf");
        var letter = LetterLayout.From(message);
        try
        {
            Directory.CreateDirectory(folder);
            PdfFiles.WriteAtomically(path, stream => _renderer.Render(id, letter, stream));
            Journal(folder, id, letter);
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

        if (_journals.TryRemove(folder, out var journal))
        {
            journal.Dispose(); // a letter of this batch sent after this point opens a journal of its own
        }

        var (letters, parts) = _printBatches.Write(batchId, folder, cancellationToken);
        _logger.LogInformation("Print batch {Batch}: {Letters} letters in {Parts} print file(s) in {Folder}.", batchId, letters, parts, _outputFolder);
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        foreach (var journal in _journals.Values)
        {
            journal.Dispose();
        }
    }

    private void Journal(string folder, string id, LetterLayout letter)
    {
        while (!_journals.GetOrAdd(folder, static f => new LetterJournal(f)).TryAppend(id, letter))
        {
            // closed by the batch's completion between the lookup and the append: the next lookup opens a new journal
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
