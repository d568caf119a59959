using System.Text.Json;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// This channel's record of the letters it wrote into one batch folder: a line of JSON per letter, appended once the letter's
/// PDF is in place. The print batch is drawn from these lines (one font subset for the whole batch) instead of importing
/// every letter's PDF, which costs ten times as much and embeds a font per letter. Each channel instance writes its own file,
/// so processes sharing the folder never interleave; each line is flushed to the operating system, so it outlives a crash
/// of the process. A line lost anyway only costs speed: <see cref="LetterJournalIndex"/> falls back to the PDF.
/// </summary>
internal sealed class LetterJournal : IDisposable
{
    public const string FilePattern = "journal-*.jsonl";

    private readonly Lock _gate = new();
    private readonly string _path;
    private FileStream? _stream;
    private bool _closed;

    public LetterJournal(string folder) => _path = Path.Combine(folder, $"journal-{Guid.NewGuid():N}.jsonl");

    /// <summary>Appends the letter; false when this journal was closed meanwhile (its batch completed): use a new one.</summary>
    public bool TryAppend(string id, LetterLayout letter)
    {
        var line = JsonSerializer.SerializeToUtf8Bytes(new LetterJournalEntry(id, DateTime.UtcNow.Ticks, letter), LetterJournalJson.Default.LetterJournalEntry);
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            _stream ??= new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 16 * 1024);
            _stream.Write(line);
            _stream.WriteByte((byte)'\n');
            _stream.Flush();
            return true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _closed = true;
            _stream?.Dispose();
        }
    }
}
