using System.Buffers.Binary;

namespace CampaignFlow.Channels.Letter;

/// <summary>The tables of a TrueType font file by tag: read from a font, or written out as a new one with its checksums.</summary>
internal sealed class TrueTypeTables
{
    private readonly Dictionary<string, byte[]> _tables;

    private TrueTypeTables(Dictionary<string, byte[]> tables) => _tables = tables;

    public byte[] this[string tag] => _tables[tag];

    public bool Has(string tag) => _tables.ContainsKey(tag);

    public bool HasAll(params string[] tags) => tags.All(Has);

    /// <summary>The tables of a font with TrueType outlines; null for anything else (CFF outlines, collections, a damaged file).</summary>
    public static TrueTypeTables? Read(byte[] font)
    {
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) is not (0x00010000 or 0x74727565)) return null; // 1.0 or 'true'
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + (16 * i);
            if (record + 16 > font.Length) return null;
            var tag = System.Text.Encoding.ASCII.GetString(font, record, 4);
            var offset = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var length = BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            if (offset + (long)length > font.Length) return null;
            tables[tag] = font.AsSpan((int)offset, (int)length).ToArray();
        }

        return new TrueTypeTables(tables);
    }

    /// <summary>A font file of <paramref name="tables"/> (sorted by tag), each on four bytes, with checksums and head's adjustment.</summary>
    public static byte[] Write(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var selector = (int)Math.Log2(count);
        var length = 12 + (16 * count) + tables.Values.Sum(t => Padded(t.Length));
        var font = new byte[length];
        BinaryPrimitives.WriteUInt32BigEndian(font, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(6), (ushort)((1 << selector) * 16));
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(8), (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(font.AsSpan(10), (ushort)((count - (1 << selector)) * 16));
        var offset = 12 + (16 * count);
        var headOffset = -1;
        var record = 12;
        foreach (var (tag, table) in tables)
        {
            table.CopyTo(font, offset);
            if (tag == "head")
            {
                BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(offset + 8), 0); // checkSumAdjustment is computed over the whole file below
                headOffset = offset;
            }

            System.Text.Encoding.ASCII.GetBytes(tag, font.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 4), Checksum(font.AsSpan(offset, table.Length)));
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(record + 12), (uint)table.Length);
            offset += Padded(table.Length);
            record += 16;
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        }

        return font;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> bytes)
    {
        uint sum = 0;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++) word = (word << 8) | (i + j < bytes.Length ? bytes[i + j] : 0u);
            sum = unchecked(sum + word);
        }

        return sum;
    }
}
