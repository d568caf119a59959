using System.Buffers.Binary;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// A font's Unicode character map (cmap format 12 or 4, as fonts carry it), and the writing of a new one in format 4: the
/// format every PDF reader and PDFsharp understand for characters of the Basic Multilingual Plane.
/// </summary>
internal sealed class TrueTypeCharacterMap
{
    private readonly byte[] _cmap;
    private readonly int _at;
    private readonly int _format;

    private TrueTypeCharacterMap(byte[] cmap, int at, int format) => (_cmap, _at, _format) = (cmap, at, format);

    /// <summary>The font's Unicode map (Windows full repertoire, then Windows BMP, then any Unicode platform one), or null.</summary>
    public static TrueTypeCharacterMap? Find(byte[] cmap)
    {
        if (cmap.Length < 4) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(2));
        var candidates = new List<(int Rank, int At, int Format)>();
        for (var i = 0; i < count && 4 + (8 * i) + 8 <= cmap.Length; i++)
        {
            var platform = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(4 + (8 * i)));
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(6 + (8 * i)));
            var at = (int)BinaryPrimitives.ReadUInt32BigEndian(cmap.AsSpan(8 + (8 * i)));
            if (at + 2 > cmap.Length) continue;
            var format = BinaryPrimitives.ReadUInt16BigEndian(cmap.AsSpan(at));
            var rank = (platform, encoding) switch { (3, 10) => 0, (3, 1) => 1, (0, _) => 2, _ => -1 };
            if (rank >= 0 && format is 4 or 12) candidates.Add((rank, at, format));
        }

        if (candidates.Count == 0) return null;
        var best = candidates.MinBy(c => c.Rank);
        return new TrueTypeCharacterMap(cmap, best.At, best.Format);
    }

    /// <summary>The glyph of a character, 0 (.notdef) when the font has none.</summary>
    public int GlyphOf(int character) => _format == 12 ? GlyphOfFormat12(character) : GlyphOfFormat4(character);

    /// <summary>A cmap table with one Windows Unicode BMP subtable (format 4) mapping each character to its glyph.</summary>
    public static byte[] Write(SortedDictionary<int, int> glyphs)
    {
        // Runs of consecutive characters with consecutive glyphs share a segment; the last segment maps 0xFFFF to .notdef.
        var segments = new List<(int Start, int End, int Delta)>();
        foreach (var (character, glyph) in glyphs)
        {
            if (segments.Count > 0 && segments[^1] is var last && last.End + 1 == character && character + last.Delta == glyph)
                segments[^1] = last with { End = character };
            else
                segments.Add((character, character, glyph - character));
        }

        segments.Add((0xFFFF, 0xFFFF, 1));
        var count = segments.Count;
        var length = 16 + (8 * count);
        var table = new byte[12 + length];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), 1); // one subtable
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), 3); // Windows
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(6), 1); // Unicode BMP
        BinaryPrimitives.WriteUInt32BigEndian(table.AsSpan(8), 12);
        var subtable = table.AsSpan(12);
        var selector = (int)Math.Log2(count);
        BinaryPrimitives.WriteUInt16BigEndian(subtable, 4);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[2..], (ushort)length);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[6..], (ushort)(count * 2));
        BinaryPrimitives.WriteUInt16BigEndian(subtable[8..], (ushort)((1 << selector) * 2));
        BinaryPrimitives.WriteUInt16BigEndian(subtable[10..], (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(subtable[12..], (ushort)((count - (1 << selector)) * 2));
        for (var i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(14 + (2 * i))..], (ushort)segments[i].End);
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(16 + (2 * count) + (2 * i))..], (ushort)segments[i].Start);
            BinaryPrimitives.WriteUInt16BigEndian(subtable[(16 + (4 * count) + (2 * i))..], unchecked((ushort)segments[i].Delta));
            // idRangeOffset stays 0: every segment maps by its delta
        }

        return table;
    }

    private int GlyphOfFormat4(int character)
    {
        if (character > 0xFFFF) return 0;
        var count = BinaryPrimitives.ReadUInt16BigEndian(_cmap.AsSpan(_at + 6)) / 2;
        var ends = _at + 14;
        var starts = ends + (2 * count) + 2;
        var deltas = starts + (2 * count);
        var rangeOffsets = deltas + (2 * count);
        for (var i = 0; i < count; i++)
        {
            if (BinaryPrimitives.ReadUInt16BigEndian(_cmap.AsSpan(ends + (2 * i))) < character) continue;
            var start = BinaryPrimitives.ReadUInt16BigEndian(_cmap.AsSpan(starts + (2 * i)));
            if (start > character) return 0;
            var delta = BinaryPrimitives.ReadInt16BigEndian(_cmap.AsSpan(deltas + (2 * i)));
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(_cmap.AsSpan(rangeOffsets + (2 * i)));
            if (rangeOffset == 0) return (character + delta) & 0xFFFF;
            var at = rangeOffsets + (2 * i) + rangeOffset + (2 * (character - start));
            if (at + 2 > _cmap.Length) return 0;
            var glyph = BinaryPrimitives.ReadUInt16BigEndian(_cmap.AsSpan(at));
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }

        return 0;
    }

    private int GlyphOfFormat12(int character)
    {
        var groups = BinaryPrimitives.ReadUInt32BigEndian(_cmap.AsSpan(_at + 12));
        for (var i = 0; i < groups; i++)
        {
            var group = _at + 16 + (12 * i);
            var start = BinaryPrimitives.ReadUInt32BigEndian(_cmap.AsSpan(group));
            var end = BinaryPrimitives.ReadUInt32BigEndian(_cmap.AsSpan(group + 4));
            if (character < start) return 0;
            if (character <= end) return (int)(BinaryPrimitives.ReadUInt32BigEndian(_cmap.AsSpan(group + 8)) + (character - start));
        }

        return 0;
    }
}
