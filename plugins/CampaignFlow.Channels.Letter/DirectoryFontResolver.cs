using PdfSharp.Fonts;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// PDFsharp needs a font resolver off Windows. This one ships no font: it finds the configured TrueType files in the
/// configured folders and fails at start, with the folders it searched, when the regular font is not there.
/// </summary>
internal sealed class DirectoryFontResolver : IFontResolver
{
    private const string RegularFace = "campaignflow-regular";
    private const string BoldFace = "campaignflow-bold";

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
    }

    public string RegularPath { get; }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        bold ? (_bold is null ? new FontResolverInfo(RegularFace, mustSimulateBold: true, mustSimulateItalic: italic) : new FontResolverInfo(BoldFace, false, italic))
             : new FontResolverInfo(RegularFace, false, italic);

    public byte[]? GetFont(string faceName) => faceName == BoldFace ? _bold : _regular;

    private static string? Find(IEnumerable<string> directories, string fileName) =>
        directories.Where(Directory.Exists)
            .Select(directory => Directory.EnumerateFiles(directory, fileName, new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true }).FirstOrDefault())
            .FirstOrDefault(path => path is not null);
}
