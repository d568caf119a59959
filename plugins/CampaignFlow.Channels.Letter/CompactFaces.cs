namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Compact copies (see <see cref="CompactFont"/>) of the letter fonts for the characters of the Latin-script languages, and
/// the test of whether a letter can use them: only when every character of it is one they were built for, so a letter with
/// any other character is drawn from the full fonts and looks exactly as before.
/// </summary>
internal sealed class CompactFaces
{
    private static readonly (int First, int Last)[] Ranges =
    [
        (0x0A, 0x0A), (0x0D, 0x0D), // line ends, which the renderer splits on
        (0x20, 0x7E), // Basic Latin
        (0xA0, 0x24F), // Latin-1, Latin Extended-A and -B
        (0x2C6, 0x2C7), (0x2D8, 0x2DD), // spacing accents
        (0x2010, 0x2027), (0x2030, 0x2044), // dashes, quotes, bullets, ellipsis, per mille, guillemets, fraction slash
        (0x20A0, 0x20BF), // currency signs
        (0x2116, 0x2116), (0x2122, 0x2122), (0x2212, 0x2212), // numero, trade mark, minus
    ];

    private readonly bool[] _covered;

    private CompactFaces(byte[] regular, byte[]? bold, bool[] covered) => (Regular, Bold, _covered) = (regular, bold, covered);

    public byte[] Regular { get; }

    public byte[]? Bold { get; }

    /// <summary>The characters the compact fonts are built for: the letters of Western, Northern and Central European languages.</summary>
    public static IEnumerable<int> Characters => Ranges.SelectMany(range => Enumerable.Range(range.First, range.Last - range.First + 1));

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
