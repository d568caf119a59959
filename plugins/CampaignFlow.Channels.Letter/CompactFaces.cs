namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Compact copies (see <see cref="CompactFont"/>) of the letter fonts for the characters of the Latin-script languages, and
/// the test of whether a letter can use them: only when every character of it is one they were built for, so a letter with
/// any other character is drawn from the full fonts and looks exactly as before.
/// </summary>
internal sealed class CompactFaces
{
    private readonly bool[] _covered;

    private CompactFaces(byte[] regular, byte[]? bold, bool[] covered) => (Regular, Bold, _covered) = (regular, bold, covered);

    public byte[] Regular { get; }

    public byte[]? Bold { get; }

    /// <summary>
    /// The characters the compact fonts are built for: Basic Latin, Latin-1, Latin Extended-A and -B (the letters of Western,
    /// Northern and Central European languages), with the usual punctuation, currency signs and line ends.
    /// </summary>
    public static IEnumerable<int> Characters =>
        Enumerable.Range(0x0A, 1).Append(0x0D).Concat(Enumerable.Range(0x20, 0x5F)).Concat(Enumerable.Range(0xA0, 0x250 - 0xA0))
            .Concat(Enumerable.Range(0x2010, 0x18)).Concat(Enumerable.Range(0x2030, 0x15)).Concat(Enumerable.Range(0x20A0, 0x20))
            .Append(0x02C6).Append(0x02C7).Append(0x02D8).Append(0x02D9).Append(0x02DA).Append(0x02DB).Append(0x02DC).Append(0x02DD)
            .Append(0x2116).Append(0x2122).Append(0x2212);

    /// <summary>The compact faces, or null when the regular font cannot be rebuilt (see <see cref="CompactFont.Build"/>).</summary>
    public static CompactFaces? Build(byte[] regular, byte[]? bold)
    {
        (byte[] Font, IReadOnlySet<int> Characters)? compactRegular, compactBold;
        try
        {
            compactRegular = CompactFont.Build(regular, Characters);
            compactBold = bold is null ? null : CompactFont.Build(bold, Characters);
        }
        catch (ArgumentException)
        {
            return null; // a table pointing outside the file: the full fonts still serve, as PDFsharp reads them
        }
        if (compactRegular is null || (bold is not null && compactBold is null)) return null;
        var covered = new bool[char.MaxValue + 1];
        foreach (var character in compactRegular.Value.Characters)
        {
            covered[character] = compactBold is null || compactBold.Value.Characters.Contains(character);
        }

        return new CompactFaces(compactRegular.Value.Font, compactBold?.Font, covered);
    }

    /// <summary>Whether the compact fonts draw every character of <paramref name="text"/> as the full fonts do.</summary>
    public bool Covers(string? text)
    {
        foreach (var character in text ?? string.Empty)
        {
            if (!_covered[character]) return false;
        }

        return true;
    }
}
