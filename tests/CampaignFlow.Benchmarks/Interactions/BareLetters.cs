using CampaignFlow.Channels.Letter;
using HandlebarsDotNet;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CampaignFlow.Benchmarks.Interactions;

/// <summary>
/// The raw baselines of the letter figures: bare Handlebars.Net renders the letter body, bare PDFsharp draws its lines (name,
/// subject in bold, body) into a document of its own, on every core, and (optionally) writes each PDF to a new file. With
/// the full font files by default; with the letter plugin's compact fonts for the like-for-like line.
/// </summary>
internal sealed class BareLetters
{
    private readonly HandlebarsTemplate<object, object> _body = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true }).Compile(BenchWorld.LetterBody);
    private readonly XFont _font;
    private readonly XFont _bold;

    /// <param name="family">Any name but the compact family resolves to the full font files, as PDFsharp would embed them for any application.</param>
    public BareLetters(string family = "DejaVu Sans")
    {
        // The plugin's PDFsharp lives in the plugin's load context; this one needs the same fonts and license of its own.
        LetterFonts.Install(new LetterOptions { PdfSharpLicense = "AGPL" });
        _font = new XFont(family, 11, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
        _bold = new XFont(family, 12, XFontStyleEx.Bold, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    public static Dictionary<string, object?> Model(int i) => new()
    {
        ["contact"] = new Dictionary<string, object?> { ["name"] = $"Visitor {(i % 1000) + 1}" },
        ["campaign"] = new Dictionary<string, object?> { ["description"] = "Salon FUTURUS" },
        ["salesperson"] = new Dictionary<string, object?> { ["name"] = "Otis Falls" },
    };

    public string Body(object model) => _body(model);

    /// <summary>Renders <paramref name="letters"/> letters on every core; returns the bytes written.</summary>
    public long Render(int letters, PdfFlateEncodeMode compression, string? folder = null)
    {
        if (folder is not null) Directory.CreateDirectory(folder);
        long bytes = 0;
        Parallel.For(0, letters, i =>
        {
            using var document = new PdfDocument { Options = { FlateEncodeMode = compression } };
            using (var graphics = XGraphics.FromPdfPage(document.AddPage()))
            {
                graphics.DrawString($"Visitor {(i % 1000) + 1}", _font, XBrushes.Black, new XPoint(70, 140), XStringFormats.TopLeft);
                graphics.DrawString("Thank you for visiting our stand", _bold, XBrushes.Black, new XPoint(70, 250), XStringFormats.TopLeft);
                var y = 280.0;
                foreach (var line in _body(Model(i)).Split('\n'))
                {
                    graphics.DrawString(line, _font, XBrushes.Black, new XPoint(70, y), XStringFormats.TopLeft);
                    y += 16;
                }
            }

            using var stream = new MemoryStream();
            document.Save(stream, closeStream: false);
            if (folder is not null) File.WriteAllBytes(Path.Combine(folder, $"{i:D6}.pdf"), stream.ToArray());
            Interlocked.Add(ref bytes, stream.Length);
        });
        return bytes;
    }
}
