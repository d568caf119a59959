using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CampaignFlow.Channels.Letter;

/// <summary>Lays out one letter on A4 pages: sender, address block, optional date, subject, body (wrapped, paginated).</summary>
internal sealed class LetterRenderer
{
    private const string FontFamily = "CampaignFlow Sans"; // any name: the resolver maps every family to the configured files
    private const double Left = 70;
    private const double Right = 525;
    private const double Top = 60;
    private const double Bottom = 770;

    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    // Created once: XFont only describes the face; each document embeds its own subset of the glyphs it used.
    private readonly XFont _body;
    private readonly XFont _bold;
    private readonly XFont _small;
    private readonly PdfFlateEncodeMode _compression;

    public LetterRenderer(LetterOptions options)
    {
        LetterFonts.Install(options);
        _body = new XFont(FontFamily, options.FontSize, XFontStyleEx.Regular, FontOptions);
        _bold = new XFont(FontFamily, options.FontSize + 1, XFontStyleEx.Bold, FontOptions);
        _small = new XFont(FontFamily, options.FontSize - 2, XFontStyleEx.Regular, FontOptions);
        _compression = options.Compression switch
        {
            LetterCompression.Balanced => PdfFlateEncodeMode.Default,
            LetterCompression.Smallest => PdfFlateEncodeMode.BestCompression,
            _ => PdfFlateEncodeMode.BestSpeed,
        };
    }

    /// <summary>A new document compressed as configured: the print batch and each letter alike.</summary>
    public PdfDocument CreateDocument() => new() { Options = { FlateEncodeMode = _compression } };

    /// <summary>Renders one letter as a PDF document of its own.</summary>
    public void Render(string id, LetterLayout letter, Stream output)
    {
        using var document = CreateDocument();
        document.Info.Title = letter.Subject;
        document.Info.Subject = id;
        document.Info.Author = letter.Sender ?? string.Empty;
        Draw(document, letter);
        document.Save(output, closeStream: false);
    }

    /// <summary>Adds the letter's pages to <paramref name="document"/> (a letter of its own, or a print batch).</summary>
    public void Draw(PdfDocument document, LetterLayout letter)
    {
        using var page = new PageWriter(document, _body.GetHeight() * 1.25);
        page.WriteRight(letter.Sender, _small);
        page.WriteRight(letter.Campaign, _small);
        page.MoveTo(140);
        page.Write(letter.ContactName, _body);
        foreach (var line in letter.AddressLines)
        {
            page.Write(line, _body);
        }

        page.MoveTo(250);
        if (letter.Date is not null)
        {
            page.WriteRight(letter.Date, _body);
            page.Skip(1);
        }

        page.Wrap(letter.Subject, _bold);
        page.Skip(1);
        foreach (var paragraph in letter.Body.ReplaceLineEndings("\n").Split('\n'))
        {
            page.Wrap(paragraph, _body);
        }
    }

    /// <summary>Writes lines top to bottom, starting a new page when the current one is full.</summary>
    private sealed class PageWriter(PdfDocument document, double lineHeight) : IDisposable
    {
        private XGraphics _graphics = XGraphics.FromPdfPage(document.AddPage());
        private double _y = Top;

        public void MoveTo(double y) => _y = Math.Max(_y, y);

        public void Skip(int lines) => _y += lines * lineHeight;

        public void Write(string? text, XFont font) => Draw(text, font, XStringFormats.TopLeft, Left);

        public void WriteRight(string? text, XFont font) => Draw(text, font, XStringFormats.TopRight, Right);

        public void Wrap(string text, XFont font)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                Skip(1);
                return;
            }

            // Widths add up word by word (PDFsharp does not kern), so each word is measured once rather than each growing line.
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var space = _graphics.MeasureString("a a", font).Width - _graphics.MeasureString("aa", font).Width;
            var start = 0;
            var width = 0.0;
            for (var i = 0; i < words.Length; i++)
            {
                var wordWidth = _graphics.MeasureString(words[i], font).Width;
                if (i > start && width + space + wordWidth > Right - Left)
                {
                    Write(string.Join(' ', words, start, i - start), font);
                    start = i;
                    width = wordWidth;
                }
                else
                {
                    width += (i > start ? space : 0) + wordWidth;
                }
            }

            Write(string.Join(' ', words, start, words.Length - start), font);
        }

        public void Dispose() => _graphics.Dispose();

        private void Draw(string? text, XFont font, XStringFormat format, double x)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return;
            }

            if (_y + lineHeight > Bottom)
            {
                _graphics.Dispose();
                _graphics = XGraphics.FromPdfPage(document.AddPage());
                _y = Top;
            }

            _graphics.DrawString(text, font, XBrushes.Black, new XPoint(x, _y), format);
            _y += lineHeight;
        }
    }
}
