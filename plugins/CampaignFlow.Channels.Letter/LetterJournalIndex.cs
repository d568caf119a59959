using System.Text.Json;
using Microsoft.Win32.SafeHandles;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Where each letter's latest journal line is, across every journal in a batch folder (one per channel instance that wrote
/// letters into it). Keeps positions, not letters, so memory stays small for large batches; letters are read back one at a
/// time, from any thread. Torn or unreadable lines (a crash mid-append) are skipped.
/// </summary>
internal sealed class LetterJournalIndex : IDisposable
{
    private readonly List<SafeFileHandle> _files = [];
    private readonly Dictionary<string, Position> _latest = new(StringComparer.Ordinal);

    private LetterJournalIndex()
    {
    }

    public static LetterJournalIndex Read(string folder)
    {
        var index = new LetterJournalIndex();
        try
        {
            foreach (var path in Directory.EnumerateFiles(folder, LetterJournal.FilePattern))
            {
                var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                index._files.Add(handle);
                index.Scan(index._files.Count - 1, handle);
            }

            return index;
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The letter journaled as <paramref name="id"/>, when its line was written after the PDF last changed
    /// (<paramref name="pdfWrittenUtc"/>); otherwise null, and the PDF itself is the letter to use.
    /// </summary>
    public LetterLayout? Find(string id, DateTime pdfWrittenUtc)
    {
        if (!_latest.TryGetValue(id, out var position) || position.At < pdfWrittenUtc.Ticks)
        {
            return null;
        }

        var line = new byte[position.Length];
        RandomAccess.Read(_files[position.File], line, position.Offset);
        try
        {
            return JsonSerializer.Deserialize(line, LetterJournalJson.Default.LetterJournalEntry)?.Letter;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
    }

    private void Scan(int file, SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        var buffer = new byte[256 * 1024];
        long bufferStart = 0;
        var filled = 0;
        while (true)
        {
            var read = bufferStart + filled < length ? RandomAccess.Read(handle, buffer.AsSpan(filled), bufferStart + filled) : 0;
            filled += read;
            var start = 0;
            int newline;
            while ((newline = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) >= 0)
            {
                Note(file, bufferStart + start, buffer.AsSpan(start, newline));
                start += newline + 1;
            }

            if (read == 0)
            {
                return; // what is left has no newline: torn by a crash, skipped
            }

            Array.Copy(buffer, start, buffer, 0, filled - start);
            bufferStart += start;
            filled -= start;
            if (filled == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2); // a line longer than the buffer
            }
        }
    }

    private void Note(int file, long offset, ReadOnlySpan<byte> line)
    {
        string? id = null;
        long at = 0;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.ValueSpan;
                reader.Read();
                if (name.SequenceEqual("id"u8))
                {
                    id = reader.GetString();
                }
                else if (name.SequenceEqual("at"u8))
                {
                    at = reader.GetInt64();
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return;
        }
        catch (InvalidOperationException)
        {
            return; // a value of the wrong type
        }

        if (id is not null && (!_latest.TryGetValue(id, out var known) || known.At <= at))
        {
            _latest[id] = new Position(file, offset, line.Length, at);
        }
    }

    private readonly record struct Position(int File, long Offset, int Length, long At);
}
