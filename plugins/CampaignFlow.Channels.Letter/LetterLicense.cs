using PdfSharp;

namespace CampaignFlow.Channels.Letter;

/// <summary>
/// PDFsharp 6.5 renders nothing until a license is chosen (AGPL, or a commercial key). The choice has legal
/// consequences for whoever ships the host, so the plugin never makes it silently: it comes from configuration.
/// </summary>
internal static class LetterLicense
{
    public const string Agpl = "AGPL";

    public static void Apply(string? license)
    {
        if (string.IsNullOrWhiteSpace(license))
        {
            throw new InvalidOperationException(
                "Letter channel: PDFsharp 6.5 needs a license choice. Set Plugins:letter:PdfSharpLicense to 'AGPL' "
                + "(the AGPL applies to software that uses it) or to a commercial PDFsharp license key.");
        }

        if (string.Equals(license, Agpl, StringComparison.OrdinalIgnoreCase))
        {
            PdfSharpLicense.SetAgplLicense();
        }
        else
        {
            PdfSharpLicense.LoadLicense(license);
        }
    }
}
