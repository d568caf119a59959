using PdfSharp.Fonts;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// Installs the font resolver in PDFsharp's process-wide (per load context) settings exactly once: PDFsharp refuses a
/// different resolver after the first font was used, so later channels in the same context share the first one.
/// </summary>
internal static class LetterFonts
{
    private static readonly Lock Gate = new();
    private static DirectoryFontResolver? _installed;

    public static DirectoryFontResolver Install(LetterOptions options)
    {
        lock (Gate)
        {
            if (_installed is null)
            {
                LetterLicense.Apply(options.PdfSharpLicense);
                PdfSharpReflection.KeepAlive();
                var resolver = new DirectoryFontResolver(options);
                GlobalFontSettings.FontResolver = resolver;
                _installed = resolver;
            }

            return _installed;
        }
    }
}
