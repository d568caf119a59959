using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CampaignFlow.Channels.Letter;

/// <summary>Lays out one letter on A4 pages: sender, address block, optional date, subject, body (wrapped, paginated).</summary>
internal sealed class LetterRenderer
{
    private const double Left = 70;
    private const double Right = 525;
    private const double Top = 60;
    private const double Bottom = 770;

    private static readonly XPdfFontOptions FontOptions = new(PdfFontEncoding.Unicode);

    // Created once: XFont only describes the face; each document embeds its own subset of the glyphs it used.
    private readonly Fonts _full;
    private readonly Fonts? _compact; // null when the compact fonts are turned off or could not be built
    private readonly PdfFlateEncodeMode _compression;

    public LetterRenderer(LetterOptions options)
    {
        var resolver = LetterFonts.Install(options);
        _full = new Fonts(DirectoryFontResolver.Family, options.FontSize);
        _compact = resolver.Compact is null ? null : new Fonts(DirectoryFontResolver.CompactFamily, options.FontSize, resolver.Compact);
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
        var fonts = _compact?.CanDraw(letter) == true ? _compact : _full;
        using var page = new PageWriter(document, fonts.Body.GetHeight() * 1.25);
        page.WriteRight(letter.Sender, fonts.Small);
        page.WriteRight(letter.Campaign, fonts.Small);
        page.MoveTo(140);
        page.Write(letter.ContactName, fonts.Body);
        foreach (var line in letter.AddressLines)
        {
            page.Write(line, fonts.Body);
        }

        page.MoveTo(250);
        if (letter.Date is not null)
        {
            page.WriteRight(letter.Date, fonts.Body);
            page.Skip(1);
        }

        page.Wrap(letter.Subject, fonts.Bold);
        page.Skip(1);
        foreach (var paragraph in letter.Body.ReplaceLineEndings("\n").Split('\n'))
        {
            page.Wrap(paragraph, fonts.Body);
        }
    }

    /// <summary>The three sizes a letter is set in, from one family; from a compact one, only for the letters it covers.</summary>
    private sealed class Fonts(string family, double size, CompactFaces? compact = null)
    {
        public XFont Body { get; } = new(family, size, XFontStyleEx.Regular, FontOptions);

        public XFont Bold { get; } = new(family, size + 1, XFontStyleEx.Bold, FontOptions);

        public XFont Small { get; } = new(family, size - 2, XFontStyleEx.Regular, FontOptions);

        public bool CanDraw(LetterLayout letter) => compact is null
            || (compact.Covers(letter.Sender) && compact.Covers(letter.Campaign) && compact.Covers(letter.ContactName)
                && letter.AddressLines.All(compact.Covers) && compact.Covers(letter.Date) && compact.Covers(letter.Subject) && compact.Covers(letter.Body));
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
