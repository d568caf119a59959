using PdfSharp.Fonts;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// PDFsharp needs a font resolver off Windows. This one ships no font: it finds the configured TrueType files in the
/// configured folders and fails at start, with the folders it searched, when the regular font is not there. The family
/// <see cref="CompactFamily"/> resolves to their compact copies (<see cref="CompactFaces"/>) when those could be built;
/// every other family name to the files themselves.
/// </summary>
internal sealed class DirectoryFontResolver : IFontResolver
{
    public const string Family = "CampaignFlow Sans";
    public const string CompactFamily = "CampaignFlow Sans Compact";

    private const string RegularFace = "campaignflow-regular";
    private const string BoldFace = "campaignflow-bold";
    private const string CompactRegularFace = "campaignflow-compact-regular";
    private const string CompactBoldFace = "campaignflow-compact-bold";

    private readonly byte[] _regular;
    private readonly byte[]? _bold;

    public DirectoryFontResolver(LetterOptions options)
    {
        var directories = options.EffectiveFontDirectories;
        RegularPath = Find(directories, options.RegularFontFile)
            ?? throw new InvalidOperationException(
                $"Letter channel: font file '{options.RegularFontFile}' was not found in {string.Join(", ", directories)}. "
                + "Install Debian's fonts-dejavu-core, or set Plugins:letter:FontDirectories and Plugins:letter:RegularFontFile.");
        _regular = File.ReadAllBytes(RegularPath);
        var boldPath = Find(directories, options.BoldFontFile);
        _bold = boldPath is null ? null : File.ReadAllBytes(boldPath);
        Compact = options.CompactFonts ? CompactFaces.Build(_regular, _bold) : null;
    }

    public string RegularPath { get; }

    /// <summary>The compact copies of the fonts, or null when they are turned off or the font could not be rebuilt.</summary>
    public CompactFaces? Compact { get; }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var compact = Compact is not null && familyName == CompactFamily;
        var (regularFace, boldFace) = compact ? (CompactRegularFace, CompactBoldFace) : (RegularFace, BoldFace);
        return bold ? (_bold is null ? new FontResolverInfo(regularFace, mustSimulateBold: true, mustSimulateItalic: italic) : new FontResolverInfo(boldFace, false, italic))
                    : new FontResolverInfo(regularFace, false, italic);
    }

    public byte[]? GetFont(string faceName) => faceName switch
    {
        BoldFace => _bold,
        CompactRegularFace => Compact?.Regular,
        CompactBoldFace => Compact?.Bold,
        _ => _regular,
    };

    private static string? Find(IEnumerable<string> directories, string fileName) =>
        directories.Where(Directory.Exists)
            .Select(directory => Directory.EnumerateFiles(directory, fileName, new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true }).FirstOrDefault())
            .FirstOrDefault(path => path is not null);
}
