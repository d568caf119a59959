using System.Buffers.Binary;
using System.Text;

namespace CampaignFlow.Channels.Letter;

/// <summary>Reads the names of a font's name table, and writes a name table of its own (Windows, Unicode, US English).</summary>
internal static class TrueTypeNameTable
{
    public const int Family = 1;
    public const int Subfamily = 2;
    public const int FullName = 4;
    public const int PostScriptName = 6;

    /// <summary>The name of that id, the Windows Unicode one first, else the Macintosh Roman one; null when the font has neither.</summary>
    public static string? Read(byte[] table, int id)
    {
        if (table.Length < 6) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        var strings = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        string? mac = null;
        for (var i = 0; i < count && 6 + (12 * i) + 12 <= table.Length; i++)
        {
            var record = table.AsSpan(6 + (12 * i));
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var at = strings + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId != id || at + length > table.Length) continue;
            if (platform == 3) return Encoding.BigEndianUnicode.GetString(table, at, length);
            if (platform == 1) mac ??= Encoding.Latin1.GetString(table, at, length);
        }

        return mac;
    }

    /// <summary>A name table holding exactly these names, by id.</summary>
    public static byte[] Write(IReadOnlyDictionary<int, string> names)
    {
        var ordered = names.OrderBy(n => n.Key).Select(n => (Id: n.Key, Bytes: Encoding.BigEndianUnicode.GetBytes(n.Value))).ToList();
        var strings = 6 + (12 * ordered.Count);
        var table = new byte[strings + ordered.Sum(n => n.Bytes.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)ordered.Count);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), (ushort)strings);
        var offset = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var record = table.AsSpan(6 + (12 * i));
            BinaryPrimitives.WriteUInt16BigEndian(record, 3); // Windows
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1); // Unicode BMP
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], 0x0409); // US English
            BinaryPrimitives.WriteUInt16BigEndian(record[6..], (ushort)ordered[i].Id);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)ordered[i].Bytes.Length);
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], (ushort)offset);
            ordered[i].Bytes.CopyTo(table, strings + offset);
            offset += ordered[i].Bytes.Length;
        }

        return table;
    }
}
