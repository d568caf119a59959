namespace CampaignFlow.Channels.Letter;

/// <summary>Settings of the letter channel, bound from <c>Plugins:letter</c>.</summary>
public sealed class LetterOptions
{
    /// <summary>Gets or sets the folder the PDFs are written to: <c>&lt;batch id&gt;/&lt;delivery id&gt;.pdf</c> per contact, <c>&lt;batch id&gt;.print.pdf</c> per batch.</summary>
    public string OutputFolder { get; set; } = string.Empty;

    /// <summary>Gets the folders searched (with sub-folders) for the font files; Debian's fonts-dejavu-core installs them in the first one.</summary>
    public List<string> FontDirectories { get; } = [];

    /// <summary>Gets or sets the regular font file name.</summary>
    public string RegularFontFile { get; set; } = "DejaVuSans.ttf";

    /// <summary>Gets or sets the bold font file name (bold is simulated from the regular font when it is missing).</summary>
    public string BoldFontFile { get; set; } = "DejaVuSans-Bold.ttf";

    /// <summary>
    /// Gets or sets the PDFsharp license to run under: <c>AGPL</c> (PDFsharp 6.5 is dual-licensed: AGPL, or a commercial
    /// license) or a commercial license key as issued (base64). Required: PDFsharp 6.5 refuses to render without a choice.
    /// </summary>
    public string? PdfSharpLicense { get; set; }

    /// <summary>
    /// Gets or sets how hard PDFsharp compresses (fonts and page content): <see cref="LetterCompression.Fastest"/> renders about
    /// twice as fast as <see cref="LetterCompression.Balanced"/> (PDFsharp's own default) for files about a fifth larger.
    /// </summary>
    public LetterCompression Compression { get; set; } = LetterCompression.Fastest;

    /// <summary>
    /// Gets or sets whether a letter written only in characters of the Latin-script languages embeds its glyphs from compact
    /// copies of the fonts (see <see cref="CompactFaces"/>): the same outlines, metrics and hinting, so the page looks the
    /// same, rendered in about half the time into a file about half the size. Letters with other characters use the full fonts.
    /// </summary>
    public bool CompactFonts { get; set; } = true;

    /// <summary>Gets or sets the body font size in points.</summary>
    public double FontSize { get; set; } = 11;

    /// <summary>Gets the font directories to use: the configured ones, else the usual system locations.</summary>
    internal IReadOnlyList<string> EffectiveFontDirectories =>
        FontDirectories.Count > 0 ? FontDirectories : ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts", "/usr/local/share/fonts", @"C:\Windows\Fonts"];
}
