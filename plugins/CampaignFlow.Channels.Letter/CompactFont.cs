using System.Buffers.Binary;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Builds a copy of a TrueType font that holds only the glyphs of the given characters, numbered afresh (outlines, metrics
/// and hinting unchanged). PDFsharp embeds in each document a subset that keeps the source font's glyph numbering, so its
/// glyph index and metrics tables stay as long as the font has glyphs: 50 KB per font and letter for DejaVu Sans's 6,253,
/// compressed again for every letter. From a compact font of some 700 glyphs they are 6 KB.
/// </summary>
internal static class CompactFont
{
    /// <summary>
    /// The compact font and the characters it draws as the source font does (those asked for: each with its glyph, or with
    /// .notdef where the source has none), or null when the font is not one this can rebuild (CFF outlines, or no Unicode
    /// character map): the caller then uses the font as it is.
    /// </summary>
    public static (byte[] Font, IReadOnlySet<int> Characters)? Build(byte[] font, IEnumerable<int> characters)
    {
        var tables = TrueTypeTables.Read(font);
        if (tables is null || !tables.HasAll("head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap")) return null;
        var map = TrueTypeCharacterMap.Find(tables["cmap"]);
        if (map is null) return null;

        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].AsSpan(4));
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(tables["head"].AsSpan(50)) == 1;
        var glyf = tables["glyf"];
        var loca = tables["loca"];
        int Offset(int glyph) => longOffsets
            ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(glyph * 4))
            : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(glyph * 2)) * 2;
        ReadOnlySpan<byte> Outline(int glyph) => glyf.AsSpan(Offset(glyph), Offset(glyph + 1) - Offset(glyph));

        // New numbering: .notdef, then the characters' glyphs in character order, then the parts of composite glyphs.
        var order = new List<int> { 0 };
        var numbering = new Dictionary<int, int> { [0] = 0 };
        var mapped = new SortedDictionary<int, int>();
        var drawn = new HashSet<int>();
        foreach (var character in characters.Where(c => c is > 0 and <= 0xFFFF).Distinct().Order())
        {
            var glyph = map.GlyphOf(character);
            if (glyph >= glyphCount) continue; // a damaged map: leave the character to the full font
            drawn.Add(character);
            if (glyph > 0) mapped[character] = Number(glyph);
        }

        for (var i = 0; i < order.Count; i++)
        {
            foreach (var part in CompositeParts(Outline(order[i])))
            {
                if (part < glyphCount) Number(part);
            }
        }

        var compact = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var copied in new[] { "OS/2", "cvt ", "fpgm", "prep", "gasp" })
        {
            if (tables.Has(copied)) compact[copied] = tables[copied];
        }

        compact["name"] = Names(tables.Has("name") ? tables["name"] : []);

        var (newGlyf, newLoca) = Outlines(order, numbering, Outline);
        compact["glyf"] = newGlyf;
        compact["loca"] = newLoca;
        compact["hmtx"] = Metrics(order, tables["hmtx"], BinaryPrimitives.ReadUInt16BigEndian(tables["hhea"].AsSpan(34)));
        compact["cmap"] = TrueTypeCharacterMap.Write(mapped);
        compact["head"] = WithShort(tables["head"], 50, 1);
        compact["hhea"] = WithShort(tables["hhea"], 34, order.Count);
        compact["maxp"] = WithShort(tables["maxp"], 4, order.Count);
        if (tables.Has("post") && tables["post"].Length >= 32)
        {
            var post = tables["post"].AsSpan(0, 32).ToArray();
            BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000); // version 3: no glyph names, which would need renumbering too
            compact["post"] = post;
        }

        return (TrueTypeTables.Write(compact), drawn);

        int Number(int glyph)
        {
            if (!numbering.TryGetValue(glyph, out var number))
            {
                number = order.Count;
                numbering[glyph] = number;
                order.Add(glyph);
            }

            return number;
        }
    }

    /// <summary>
    /// The font's names with " Compact" added: PDFsharp keeps one face per name, so under the original name it would take the
    /// compact font for the full one (or fail). PDF readers show the name only in a document's font list.
    /// </summary>
    private static byte[] Names(byte[] name)
    {
        var family = TrueTypeNameTable.Read(name, TrueTypeNameTable.Family) ?? "CampaignFlow";
        var subfamily = TrueTypeNameTable.Read(name, TrueTypeNameTable.Subfamily) ?? "Regular";
        var full = TrueTypeNameTable.Read(name, TrueTypeNameTable.FullName) ?? $"{family} {subfamily}";
        var postScript = TrueTypeNameTable.Read(name, TrueTypeNameTable.PostScriptName) ?? family.Replace(" ", string.Empty, StringComparison.Ordinal);
        return TrueTypeNameTable.Write(new Dictionary<int, string>
        {
            [TrueTypeNameTable.Family] = family + " Compact",
            [TrueTypeNameTable.Subfamily] = subfamily,
            [TrueTypeNameTable.FullName] = full + " Compact",
            [TrueTypeNameTable.PostScriptName] = postScript + "Compact",
        });
    }

    /// <summary>The glyphs a composite glyph is built from (none for a simple glyph).</summary>
    private static IEnumerable<int> CompositeParts(ReadOnlySpan<byte> outline)
    {
        var parts = new List<int>();
        foreach (var at in ComponentGlyphOffsets(outline))
        {
            parts.Add(BinaryPrimitives.ReadUInt16BigEndian(outline[at..]));
        }

        return parts;
    }

    /// <summary>Where each component of a composite glyph names its glyph (nowhere for a simple glyph).</summary>
    private static List<int> ComponentGlyphOffsets(ReadOnlySpan<byte> outline)
    {
        var offsets = new List<int>();
        if (outline.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(outline) >= 0) return offsets;
        for (var (at, more) = (10, true); more && at + 4 <= outline.Length; )
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(outline[at..]);
            offsets.Add(at + 2);
            at += ComponentLength(flags);
            more = (flags & 0x20) != 0;
        }

        return offsets;
    }

    /// <summary>The bytes of one component record: flags, glyph, arguments (words or bytes), then its scale (none, one, two or four values).</summary>
    private static int ComponentLength(ushort flags) =>
        4 + ((flags & 0x01) != 0 ? 4 : 2) + ((flags & 0x08) != 0 ? 2 : (flags & 0x40) != 0 ? 4 : (flags & 0x80) != 0 ? 8 : 0);

    private static (byte[] Glyf, byte[] Loca) Outlines(List<int> order, Dictionary<int, int> numbering, OutlineOf outline)
    {
        using var glyf = new MemoryStream();
        var loca = new byte[(order.Count + 1) * 4];
        for (var i = 0; i < order.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)glyf.Length);
            var bytes = outline(order[i]).ToArray();
            foreach (var at in ComponentGlyphOffsets(bytes))
            {
                var part = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(at));
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), (ushort)numbering.GetValueOrDefault(part));
            }

            glyf.Write(bytes);
            glyf.Write(new byte[(4 - (bytes.Length % 4)) % 4]); // long offsets: each glyph starts on four bytes
        }

        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(order.Count * 4), (uint)glyf.Length);
        return (glyf.ToArray(), loca);
    }

    /// <summary>Advance width and left side bearing of every kept glyph, each written in full.</summary>
    private static byte[] Metrics(List<int> order, byte[] hmtx, int longMetrics)
    {
        var metrics = new byte[order.Count * 4];
        for (var i = 0; i < order.Count; i++)
        {
            var glyph = order[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(hmtx.AsSpan(Math.Min(glyph, longMetrics - 1) * 4));
            var bearing = glyph < longMetrics
                ? BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(glyph * 4 + 2))
                : BinaryPrimitives.ReadInt16BigEndian(hmtx.AsSpan(longMetrics * 4 + (glyph - longMetrics) * 2));
            BinaryPrimitives.WriteUInt16BigEndian(metrics.AsSpan(i * 4), advance);
            BinaryPrimitives.WriteInt16BigEndian(metrics.AsSpan(i * 4 + 2), bearing);
        }

        return metrics;
    }

    private static byte[] WithShort(byte[] table, int offset, int value)
    {
        var copy = (byte[])table.Clone();
        BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(offset), (ushort)value);
        return copy;
    }

    private delegate ReadOnlySpan<byte> OutlineOf(int glyph);
}
